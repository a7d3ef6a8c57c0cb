/** The bulk form's id: the table's checkboxes join that form through their `form` attribute, since forms cannot nest. */
export const BULK_FORM_ID = "bulk-form";

/** Fired on the document when claim boxes are ticked or cleared from code (select all, after a bulk change). */
export const SELECTION_CHANGED = "claimdesk:selection-changed";
