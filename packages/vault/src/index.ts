// @reconnect/vault: the encrypted store of conversations, day tables and the person's own entries

export { asVaultError, isVaultError, VaultError, type VaultErrorCode } from './errors.ts';
export { VAULT_FILES, vaultHome } from './home.ts';
export { HEADER_VERSION, KDF_FLOOR, type VaultHeader } from './keys.ts';
export { lockRequestedSince, lockRequestMark, requestLock } from './lock-request.ts';
export { latestSchemaVersion, migrations } from './migrations.ts';
export {
  type CheckIn,
  type CoachedDraft,
  type ConversationSummary,
  createVault,
  type ImportMeta,
  type ImportPhase,
  type ImportResult,
  type JournalEntry,
  type OpenOptions,
  openVault,
  type Passphrase,
  type PlanProgress,
  type StoredAnalyzeOptions,
  type Vault,
  vaultExists,
  wipeVault,
} from './vault.ts';
