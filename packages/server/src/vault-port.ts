// The parts of @reconnect/vault this server uses.
import type * as VaultPackage from '@reconnect/vault';

export type Vault = VaultPackage.Vault;

export interface VaultModule {
  vaultExists: typeof VaultPackage.vaultExists;
  createVault(home: string, passphrase: string): Promise<Vault>;
  openVault(home: string, passphrase: string): Promise<Vault>;
  wipeVault: typeof VaultPackage.wipeVault;
  /** true when `reconnect lock` asked the running app to lock at or after `since` */
  lockRequestedSince?: typeof VaultPackage.lockRequestedSince;
  /** the latest `reconnect lock` request as it stands: a different one than at unlock asks the app to lock */
  lockRequestMark?: typeof VaultPackage.lockRequestMark;
}
