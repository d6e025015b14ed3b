// the people of one chat, keyed by the export's own user id, or by name when the export gives no id

import { asParticipantId, type Participant, type ParticipantId } from '../model.ts';

export class PeopleById {
  readonly #byKey = new Map<string, Participant>();
  /** the display name of someone the export gives no name for ("Deleted account") */
  readonly #unnamed: string;

  constructor(unnamed: string) {
    this.#unnamed = unnamed;
  }

  /**
   * The participant for an author, registered on first sight; null when the export gives neither id nor name.
   * @example people.id('user123', 'Sam') // 'user123'
   */
  id(rawId: string | undefined, name: string | undefined): ParticipantId | null {
    const key = rawId ?? (name !== undefined ? `name:${name}` : undefined);
    if (key === undefined) return null;
    const known = this.#byKey.get(key);
    if (known) return known.id;
    const id = asParticipantId(key);
    this.#byKey.set(key, { id, name: name ?? this.#unnamed });
    return id;
  }

  has(key: string): boolean {
    return this.#byKey.has(key);
  }

  list(): Participant[] {
    return [...this.#byKey.values()];
  }

  /** the key of the one person named `name`, or undefined when none or several have that name */
  keyByName(name: string): string | undefined {
    const matches = [...this.#byKey].filter(([, p]) => p.name === name);
    return matches.length === 1 ? matches[0]?.[0] : undefined;
  }
}
