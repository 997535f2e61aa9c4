import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';

import { ErrorSummary } from '@/components/error-summary';
import { TextareaField } from '@/components/form-fields';
import { ErrorState, LoadingState } from '@/components/states';
import { SuccessNotice } from '@/components/success-notice';
import { paths } from '@/config/paths';
import { fieldErrorFromDatabase, type FieldError } from '@/lib/database-errors';
import { formatLongDate, isoDateInLondon } from '@/lib/dates';

import { useAddConcernNote } from '../api/add-concern-note';
import { useConcern } from '../api/get-concern';
import { concernAbout, concernAgeDays, daysText } from '../components/concern-age';
import { ConcernStatusTag } from '../components/concern-status-tag';
import { PRIORITY_LABELS, type ConcernDetail } from '../types';

interface ConcernPageProps {
  schoolId: string;
  schoolName: string;
  concernId: string;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

function longDateOf(timestamp: string): string {
  return formatLongDate(isoDateInLondon(new Date(timestamp)));
}

function ConcernSummary({ schoolId, concern }: { schoolId: string; concern: ConcernDetail }) {
  const age = daysText(concernAgeDays(concern, new Date()));
  const induction = concern.ect_induction;

  return (
    <dl className="govuk-summary-list">
      <Row label="Status">
        <ConcernStatusTag status={concern.status} />
      </Row>
      <Row label="About">
        {induction ? (
          <Link className="govuk-link" to={paths.induction(schoolId, induction.id)}>
            {concernAbout(concern)}
          </Link>
        ) : (
          concernAbout(concern)
        )}
      </Row>
      <Row label="Raised">
        {longDateOf(concern.raised_at)} by {concern.raised_by?.full_name ?? 'someone not recorded'}
      </Row>
      <Row label={concern.status === 'resolved' ? 'Took' : 'Open for'}>{age}</Row>
      {concern.details && (
        <Row label="Details">
          <span className="app-preserve-lines">{concern.details}</span>
        </Row>
      )}
      <Row label="Priority">
        {concern.priority ? PRIORITY_LABELS[concern.priority] : 'Not triaged yet'}
      </Row>
      <Row label="Assigned to">{concern.assigned_to?.full_name ?? 'Nobody'}</Row>
      {concern.escalated_on && (
        <Row label="Escalated">
          {formatLongDate(concern.escalated_on)} to{' '}
          {concern.escalated_to?.name ?? 'the appropriate body'}
        </Row>
      )}
      {concern.resolved_at && (
        <Row label="Resolved">
          {longDateOf(concern.resolved_at)}
          {concern.resolution && <span className="app-preserve-lines">: {concern.resolution}</span>}
        </Row>
      )}
    </dl>
  );
}

function Actions({ schoolId, concern }: { schoolId: string; concern: ConcernDetail }) {
  if (concern.status === 'resolved') {
    return null;
  }

  return (
    <div className="govuk-button-group">
      <Link className="govuk-button" to={paths.concernAction(schoolId, concern.id, 'triage')}>
        {concern.priority ? 'Change priority or assignee' : 'Triage'}
      </Link>
      {concern.status !== 'escalated' && (
        <Link
          className="govuk-button govuk-button--secondary"
          to={paths.concernAction(schoolId, concern.id, 'escalate')}
        >
          Escalate to the appropriate body
        </Link>
      )}
      <Link
        className="govuk-button govuk-button--secondary"
        to={paths.concernAction(schoolId, concern.id, 'resolve')}
      >
        Resolve
      </Link>
    </div>
  );
}

const NOTE_FIELD = 'note';

function Notes({ schoolId, concern }: { schoolId: string; concern: ConcernDetail }) {
  const addNote = useAddConcernNote(schoolId, concern.id);
  const [body, setBody] = useState('');
  const [error, setError] = useState<FieldError | null>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (body.trim() === '') {
      setError({ fieldId: NOTE_FIELD, text: 'Enter the note' });
      return;
    }
    if (body.length > 4000) {
      setError({ fieldId: NOTE_FIELD, text: 'Enter a note of 4000 characters or fewer' });
      return;
    }
    setError(null);
    addNote.mutate(body.trim(), {
      onSuccess: () => setBody(''),
      onError: (failure) => setError(fieldErrorFromDatabase(failure, {}, NOTE_FIELD)),
    });
  }

  return (
    <section aria-labelledby="notes-heading">
      <h2 className="govuk-heading-m" id="notes-heading">
        Notes
      </h2>
      {error && <ErrorSummary errors={[error]} />}
      <form onSubmit={handleSubmit} noValidate>
        <TextareaField
          id={NOTE_FIELD}
          label="Add a note"
          hint="Conversations, support agreed, what to check next. The headteacher can read notes."
          value={body}
          error={error?.text}
          onChange={(event) => setBody(event.target.value)}
        />
        <button
          type="submit"
          className="govuk-button govuk-button--secondary"
          disabled={addNote.isPending}
        >
          {addNote.isPending ? 'Saving…' : 'Add note'}
        </button>
      </form>
      {concern.notes.length === 0 ? (
        <p className="govuk-body">No notes yet.</p>
      ) : (
        <ol className="govuk-list app-note-list" aria-label="Notes, newest first">
          {concern.notes.map((note) => (
            <li key={note.id} className="app-note">
              <p className="govuk-body-s app-note__meta">
                {longDateOf(note.created_at)}, {note.author?.full_name ?? 'author not recorded'}
              </p>
              <p className="govuk-body app-preserve-lines">{note.body}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function ConcernPage({ schoolId, schoolName, concernId }: ConcernPageProps) {
  const concern = useConcern(schoolId, concernId);

  if (concern.isPending) {
    return <LoadingState what="the concern" />;
  }
  if (concern.isError) {
    return (
      <ErrorState
        title="The concern could not be loaded"
        error={concern.error}
        onRetry={() => void concern.refetch()}
      />
    );
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`${concern.data.summary} – Concerns – ECT mentoring`}</title>
        <SuccessNotice />
        <span className="govuk-caption-l">{schoolName}: concern</span>
        <h1 className="govuk-heading-l">{concern.data.summary}</h1>
        <ConcernSummary schoolId={schoolId} concern={concern.data} />
        <Actions schoolId={schoolId} concern={concern.data} />
        <Notes schoolId={schoolId} concern={concern.data} />
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.concerns(schoolId)}>
            Back to concerns
          </Link>
        </p>
      </div>
    </div>
  );
}
