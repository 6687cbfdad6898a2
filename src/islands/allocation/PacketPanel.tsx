import { useState, type ChangeEvent } from 'react';
import { flushSync } from 'react-dom';
import type { ChecklistItem, Packet } from '../../lib/packet/model.ts';
import { GridTable, TextTable } from '../shared/GridTable.tsx';
import type { PacketMeta } from '../../lib/packet/schema.ts';
import { PACKET_PANEL as L, PACKET_UI } from '../../lib/allocation/ui-text.ts';
import { PACKET_TEXT } from '../../lib/packet/messages.ts';
import { clauseHref, citation } from '../../lib/policy/clauses.ts';
import { saveBlob } from '../download.ts';
import { Messages } from './Field.tsx';
import { errorMessage } from '../../lib/errors.ts';

interface Props {
  packet: Packet | null;
  meta: PacketMeta;
  onMeta: (meta: PacketMeta) => void;
  onPlanFile: (file: File) => void;
  planNote: { kind: 'error' | 'info'; messages: string[] } | undefined;
  choice: 'a' | 'b';
  onChoice: (choice: 'a' | 'b') => void;
  schemeNames: { a: string; b: string };
  /** Nothing to build from yet (no 台账 or no fund typed): say so without an error. */
  waiting?: boolean;
}

/** Prints only the packet: the page's print style shows `#packet-print` while `body.print-packet` is set. */
function printPacket() {
  document.body.classList.add('print-packet');
  const done = () => document.body.classList.remove('print-packet');
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}

export function PacketPanel({ packet, meta, onMeta, onPlanFile, planNote, choice, onChoice, schemeNames, waiting = false }: Props) {
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  // The print view of a large school has thousands of rows: drawn only when asked for.
  const [preview, setPreview] = useState(false);
  const set = <K extends keyof PacketMeta>(key: K, value: PacketMeta[K]) => onMeta({ ...meta, [key]: value });
  const date = (key: 'meetingDate' | 'disclosureStart' | 'disclosureEnd') => (
    <div className="alloc-field">
      <label htmlFor={`packet-${key}`}>{L[key]}</label>
      <input id={`packet-${key}`} type="date" value={meta[key]} onChange={(e) => set(key, e.target.value)} />
    </div>
  );
  const text = (key: 'participants' | 'voteResult', size: number) => (
    <div className="alloc-field">
      <label htmlFor={`packet-${key}`}>{L[key]}</label>
      <input id={`packet-${key}`} type="text" size={size} value={meta[key]} onChange={(e) => set(key, e.target.value)} />
    </div>
  );
  const exportZip = async () => {
    if (!packet) return;
    setState({ busy: true, error: null });
    try {
      // docx and SheetJS load only now, on export.
      const { packetZip } = await import('../../lib/packet/files.ts');
      const bytes = await packetZip(packet);
      saveBlob(`${packet.title}.zip`, new Blob([bytes as BlobPart], { type: 'application/zip' }));
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: L.failed(errorMessage(error)) });
    }
  };
  const pickPlan = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) onPlanFile(file);
  };

  return (
    <div className="alloc-packet" data-testid="packet">
      <div className="alloc-actions">
        <label className="alloc-file">
          {L.plan}
          <input type="file" accept=".json,application/json" data-testid="plan-input" onChange={pickPlan} />
        </label>
        <div className="alloc-field">
          <label htmlFor="packet-scheme">{L.scheme}</label>
          <select id="packet-scheme" value={choice} onChange={(e) => onChoice(e.target.value as 'a' | 'b')}>
            <option value="a">A:{schemeNames.a}</option>
            <option value="b">B:{schemeNames.b}</option>
          </select>
        </div>
      </div>
      <Messages messages={planNote?.messages ?? []} kind={planNote?.kind ?? 'info'} testId="plan-messages" />
      <div className="alloc-row">
        {date('meetingDate')}
        {text('participants', 24)}
        {text('voteResult', 12)}
        {date('disclosureStart')}
        {date('disclosureEnd')}
        <label className="alloc-check">
          <input type="checkbox" checked={meta.principalSigned} onChange={(e) => set('principalSigned', e.target.checked)} /> {L.principalSigned}
        </label>
        <label className="alloc-check">
          <input type="checkbox" checked={meta.partySealed} onChange={(e) => set('partySealed', e.target.checked)} /> {L.partySealed}
        </label>
      </div>
      {packet ? (
        <>
          <p data-testid="packet-missing" className={packet.missing.length ? 'alloc-error' : undefined}>
            {packet.missing.length ? L.missing(packet.missing.join(PACKET_UI.missingJoin)) : L.complete}
          </p>
          <Messages messages={packet.notes} kind="warning" testId="packet-notes" />
          <div className="alloc-actions">
            <button type="button" onClick={exportZip} disabled={state.busy}>
              {L.exportZip}
            </button>
            <button type="button" aria-pressed={preview} onClick={() => setPreview((p) => !p)}>
              {L.preview}
            </button>
            <button
              type="button"
              onClick={() => {
                flushSync(() => setPreview(true));
                printPacket();
              }}
            >
              {L.print}
            </button>
          </div>
          {state.busy ? <p role="status">{L.building}</p> : null}
          {state.error ? <Messages messages={[state.error]} kind="error" /> : null}
          {preview ? <PacketPrint packet={packet} /> : null}
        </>
      ) : waiting ? (
        <p>{L.waiting}</p>
      ) : (
        <p className="alloc-error">{L.cannotRun}</p>
      )}
    </div>
  );
}

/** The packet as it prints: cover checklist, tables, 三重一大 form, signature lines. */
function PacketPrint({ packet: p }: { packet: Packet }) {
  return (
    <section id="packet-print" className="alloc-print" data-testid="packet-print" aria-label={p.title}>
      <h3>{p.title}</h3>
      <p>{p.schemeLine}</p>
      <h4>{PACKET_TEXT.cover}</h4>
      <GridTable<ChecklistItem>
        className="alloc-table"
        testId="packet-checklist"
        rows={p.checklist}
        rowKey={(c) => c.id}
        rowAttributes={(c) => ({ className: c.done ? undefined : 'is-missing' })}
        columns={[
          { key: 'label', header: PACKET_TEXT.checklistHeader[0], cell: (c) => c.label },
          { key: 'state', header: PACKET_TEXT.checklistHeader[1], cellClass: (c) => (c.done ? 'is-gain' : 'is-loss'), cell: (c) => (c.done ? PACKET_TEXT.done : PACKET_TEXT.missing) },
          { key: 'value', header: PACKET_TEXT.checklistHeader[2], cell: (c) => c.value },
          { key: 'clause', header: PACKET_TEXT.checklistHeader[3], cell: (c) => <a href={clauseHref(c.clause)}>{citation(c.clause)}</a> },
        ]}
      />
      {p.timetables.map((t) => (
        <TextTable key={t.grade} className="alloc-table" caption={`${t.grade}${PACKET_TEXT.timetable}`} header={t.header} rows={t.rows} />
      ))}
      {p.tables.map((t) => (
        <TextTable key={t.id} className="alloc-table" testId={`packet-${t.id}`} caption={PACKET_UI.tableCaption(t.title, t.rows.length)} header={t.header} rows={t.rows} numbersFrom={3} />
      ))}
      <h4>{PACKET_TEXT.meetingRecord}</h4>
      <MeetingRecord fields={p.meetingRecord} />
      <p>{PACKET_TEXT.basis}</p>
      <p>{PACKET_TEXT.signature}</p>
    </section>
  );
}

/** The “三重一大”事项记录表 as a form: a row per item, its name as the row's header (no column headers). */
function MeetingRecord({ fields }: { fields: Packet['meetingRecord'] }) {
  return (
    <table className="alloc-table" data-testid="packet-meeting">
      <tbody>
        {fields.map((f) => (
          <tr key={f.label}>
            <th scope="row">{f.label}</th>
            <td className="alloc-wrap">{f.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
