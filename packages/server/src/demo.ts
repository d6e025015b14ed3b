// The built-in demo: a separate, temporary vault holding the simulated story, thrown away on exit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoConversation } from '@reconnect/core/simulate';
import type { Vault, VaultModule } from './vault-port.ts';

/** The demo's passphrase is no secret: the demo holds only a made-up story, and the page may show it. */
export const DEMO_PASSPHRASE = 'demo: a made-up story';
export const DEMO_TIME_ZONE = 'UTC';

export interface DemoVault {
  home: string;
  vault: Vault;
  /** removes the demo's folder; safe to call more than once, and synchronous so it can run on exit */
  dispose(): void;
}

/** @param parent the folder to make the demo's temporary folder in (the system's temporary folder by default) */
export async function openDemoVault(vaults: VaultModule, parent: string = tmpdir()): Promise<DemoVault> {
  const folder = mkdtempSync(join(parent, 'reconnect-app-demo-'));
  const dispose = () => rmSync(folder, { recursive: true, force: true });
  try {
    const home = join(folder, 'vault');
    const vault = await vaults.createVault(home, DEMO_PASSPHRASE);
    const { conversation } = demoConversation(DEMO_TIME_ZONE);
    const [me, partner] = conversation.participants;
    if (me === undefined || partner === undefined) throw new Error('the demo story has two people');
    vault.importConversation(conversation, {
      format: conversation.format,
      me: me.id,
      partner: partner.id,
      title: `Demo: ${me.name} and ${partner.name}`,
      fileName: 'demo',
      timeZone: DEMO_TIME_ZONE,
    });
    return { home, vault, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}
