// the journal: dated entries (mood, felt connection, what happened, reflections) and a chart of felt connection
// beside the chat's connection index
import type { AnalysisReport } from '@reconnect/core/analysis';
import { formatDay } from '@reconnect/core/playbook';
import { type FormEvent, useState } from 'react';
import { TimeChart } from '../../components/time-chart.tsx';
import { api, type ConversationInfo, failure } from '../api.ts';
import { journalSeries } from './journal-series.ts';
import { LoadProblem, useApi } from './use-api.tsx';

interface Entry {
  id: number;
  day: string;
  mood: string;
  connection: number | null;
  happened: string;
  reflection: string;
}

const today = (): string => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

export function JournalPage({ conversation }: { conversation: ConversationInfo | null }) {
  const query = conversation ? `?conversation=${encodeURIComponent(conversation.id)}` : '';
  const [entries, reload] = useApi<Entry[]>(`/journal${query}`);
  const [insights] = useApi<AnalysisReport>(
    conversation ? `/conversations/${encodeURIComponent(conversation.id)}/insights` : null,
  );
  const [day, setDay] = useState(today);
  const [mood, setMood] = useState('');
  const [connection, setConnection] = useState(3);
  const [happened, setHappened] = useState('');
  const [reflection, setReflection] = useState('');
  const [problem, setProblem] = useState('');
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem('');
    setSaved(false);
    try {
      await api('/journal', {
        body: { conversation: conversation?.id ?? null, day, mood, connection, happened, reflection },
      });
      setMood('');
      setHappened('');
      setReflection('');
      setSaved(true);
      await reload();
    } catch (error) {
      setProblem(failure(error));
    }
  };
  const list = entries.status === 'ready' ? [...entries.data].sort((a, b) => b.day.localeCompare(a.day)) : [];
  const series = insights.status === 'ready' && list.length > 0 ? journalSeries(list, insights.data.weeks) : null;
  return (
    <div className="stack journal">
      <section className="card" aria-labelledby="journal-title">
        <h1 id="journal-title">Journal</h1>
        <p className="muted">A few lines for yourself. They stay in your locked vault.</p>
        <form onSubmit={submit} className="form">
          <label className="field-label" htmlFor="journal-day">
            Day
          </label>
          <input id="journal-day" type="date" value={day} required onChange={(e) => setDay(e.target.value)} />
          <label className="field-label" htmlFor="journal-mood">
            Mood, in a word or two
          </label>
          <input id="journal-mood" type="text" maxLength={100} value={mood} onChange={(e) => setMood(e.target.value)} />
          <fieldset className="scale">
            <legend className="field-label">How connected did you feel? (1 far apart, 5 very close)</legend>
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className="choice inline">
                <input
                  type="radio"
                  name="felt-connection"
                  value={n}
                  checked={connection === n}
                  onChange={() => setConnection(n)}
                />{' '}
                {n}
              </label>
            ))}
          </fieldset>
          <label className="field-label" htmlFor="journal-happened">
            What happened
          </label>
          <textarea id="journal-happened" rows={4} value={happened} onChange={(e) => setHappened(e.target.value)} />
          <label className="field-label" htmlFor="journal-reflection">
            Reflections
          </label>
          <textarea
            id="journal-reflection"
            rows={3}
            value={reflection}
            onChange={(e) => setReflection(e.target.value)}
          />
          {problem ? <LoadProblem message={problem} /> : null}
          {saved ? (
            <p className="note" role="status">
              Saved to your journal.
            </p>
          ) : null}
          <button type="submit" className="button primary">
            Save the entry
          </button>
        </form>
      </section>
      {series && series.days.length >= 2 ? (
        <section className="card" aria-labelledby="felt-title">
          <h2 id="felt-title">How it felt, beside the chat</h2>
          <p className="muted">
            Your felt connection (1 to 5, drawn on the same 0 to 100 scale) beside the chat's connection index, week by
            week. Where they differ, your own sense counts for more.
          </p>
          <TimeChart
            days={series.days}
            series={[
              { label: 'Chat connection', values: series.chat, tone: 'connection', filled: true },
              { label: 'Felt connection', values: series.felt, tone: 'me', dash: [6, 4] },
            ]}
            formatValue={(v) => `${Math.round(v)}`}
            description="Felt connection from your journal beside the chat's connection index, by week."
            range={[0, 100]}
          />
        </section>
      ) : null}
      <section className="card" aria-labelledby="entries-title">
        <h2 id="entries-title">Your entries</h2>
        {entries.status === 'failed' ? <LoadProblem message={entries.message} /> : null}
        {entries.status === 'ready' && list.length === 0 ? <p className="muted">No entries yet.</p> : null}
        <ol className="entries">
          {list.map((entry) => (
            <li key={entry.id} className="entry">
              <h3>{formatDay(entry.day)}</h3>
              <p className="muted">
                {entry.mood ? `Mood: ${entry.mood}. ` : ''}
                {entry.connection !== null ? `Felt connection ${entry.connection} of 5.` : ''}
              </p>
              {entry.happened ? <p className="entry-text">{entry.happened}</p> : null}
              {entry.reflection ? <p className="entry-text">{entry.reflection}</p> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
