"use client";

/**
 * Said when someone else saved a field this person is editing: their value next to the person's own
 * (which stays in the field), and the two ways on. Until one is chosen a save answers 409.
 */
export function ChangedWhileEditing({ changes, onKeepMine, onTakeTheirs }: { changes: Array<{ label: string; theirs: string }>; onKeepMine: () => void; onTakeTheirs: () => void }) {
  return (
    <div className="notice notice-warn" role="alert">
      <p>Someone else changed this claim while you were editing. Your text is still in the form; theirs is now saved:</p>
      <dl className="changed-under">
        {changes.map((c) => (
          <div key={c.label}>
            <dt>{c.label}</dt>
            <dd>{c.theirs}</dd>
          </div>
        ))}
      </dl>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onKeepMine}>
          Keep mine (save over theirs)
        </button>
        <button type="button" className="button-secondary" onClick={onTakeTheirs}>
          Take theirs
        </button>
      </div>
    </div>
  );
}
