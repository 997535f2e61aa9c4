import { useState, type FormEvent, type ReactNode } from 'react';

import { DateInput } from '@/components/date-input';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/error-summary';
import { Radios } from '@/components/radios';
import { TextInput } from '@/components/text-input';
import { Textarea } from '@/components/textarea';
import { describeError } from '@/lib/errors';
import { useFormDraft } from '@/lib/drafts';

import { StaleVersionError } from '../api/save-session';
import { SESSION_KIND_LABELS, type SessionInput, type SessionKind } from '../types';
import {
  parseSessionForm,
  SESSION_FIELD_IDS,
  sessionRejection,
  type SessionField,
  type SessionFieldErrors,
  type SessionFormValues,
} from './session-form-values';

interface SessionFormProps {
  /** Key of the draft in sessionStorage: one per form and row. */
  draftKey: string;
  initial: SessionFormValues;
  /** The page title without the 'Error: ' prefix that the form adds while it shows errors. */
  title: string;
  /** The page's caption and heading, which go below the error summary. */
  children: ReactNode;
  pairing: { started_on: string; ended_on: string | null; ectName: string };
  submitLabel: string;
  onSave: (input: SessionInput) => Promise<void>;
  onSaved: (input: SessionInput) => void;
}

const KIND_OPTIONS = (Object.keys(SESSION_KIND_LABELS) as SessionKind[]).map((kind) => ({
  value: kind,
  label: SESSION_KIND_LABELS[kind],
  hint:
    kind === 'observation'
      ? 'For the ECT’s development only: it never counts towards an assessment.'
      : undefined,
}));

function formError(error: unknown): string {
  if (error instanceof StaleVersionError) {
    return (
      'Someone else changed or deleted this session after you opened it. Your changes have not ' +
      'been saved. Go back to the sessions list to see the latest version.'
    );
  }
  const { reason, advice } = describeError(error);
  return `The session could not be saved. ${reason} ${advice}`;
}

export function SessionForm({
  draftKey,
  initial,
  title,
  children,
  pairing,
  submitLabel,
  onSave,
  onSaved,
}: SessionFormProps) {
  const { values, update, clear } = useFormDraft(draftKey, initial);
  const [fieldErrors, setFieldErrors] = useState<SessionFieldErrors>({});
  const [generalError, setGeneralError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const summary: ErrorSummaryItem[] = (Object.keys(SESSION_FIELD_IDS) as SessionField[])
    .filter((field) => fieldErrors[field])
    .map((field) => ({ fieldId: SESSION_FIELD_IDS[field], text: fieldErrors[field] ?? '' }));
  const formErrors = generalError ? [generalError] : [];
  const hasErrors = summary.length > 0 || formErrors.length > 0;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const parsed = parseSessionForm(values);
    setGeneralError(null);
    if (parsed.errors) {
      setFieldErrors(parsed.errors);
      return;
    }
    setFieldErrors({});
    setSaving(true);
    try {
      await onSave(parsed.input);
    } catch (error) {
      const rejection = sessionRejection(error, pairing);
      if (rejection) {
        setFieldErrors({ [rejection.field]: rejection.text });
      } else {
        setGeneralError(formError(error));
      }
      setSaving(false);
      return;
    }
    clear();
    onSaved(parsed.input);
  }

  return (
    <>
      <title>{`${hasErrors ? 'Error: ' : ''}${title}`}</title>
      {hasErrors && <ErrorSummary errors={summary} formErrors={formErrors} />}
      {children}
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <DateInput
          id="held-on"
          legend="Date the session took place"
          hint="For example, 27 11 2026"
          error={fieldErrors.held_on}
          value={{ day: values.day, month: values.month, year: values.year }}
          onChange={(date) => update(date)}
        />
        <TextInput
          id="minutes"
          label="Length in minutes"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          width={4}
          value={values.minutes}
          error={fieldErrors.minutes}
          onChange={(event) => update({ minutes: event.target.value })}
        />
        <Radios
          id="kind"
          legend="Kind of session"
          options={KIND_OPTIONS}
          value={values.kind}
          error={fieldErrors.kind}
          onChange={(kind) => update({ kind: kind as SessionKind })}
        />
        <Radios
          id="in-teaching-hours"
          legend="Was it in teaching hours?"
          hint="Time inside the school day, when cover or the timetable freed you both."
          inline
          options={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
          value={values.inTeachingHours}
          error={fieldErrors.in_teaching_hours}
          onChange={(answer) => update({ inTeachingHours: answer as 'yes' | 'no' })}
        />
        <Textarea
          id="notes"
          label="Notes (optional)"
          hint="What you discussed and agreed."
          maxCharacters={4000}
          value={values.notes}
          error={fieldErrors.notes}
          onChange={(event) => update({ notes: event.target.value })}
        />
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
      </form>
    </>
  );
}
