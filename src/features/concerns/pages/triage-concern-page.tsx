import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { ErrorSummary } from '@/components/error-summary';
import { Radios, SelectField } from '@/components/form-fields';
import { ErrorState, LoadingState } from '@/components/states';
import { TwoThirdsColumn } from '@/components/two-thirds-column';
import { paths } from '@/config/paths';
import { formErrors } from '@/lib/form-errors';

import { useConcernPeople } from '../api/get-concern-people';
import { ConcernLoader } from '../components/concern-loader';
import { useConcernChange } from '../components/use-concern-change';
import {
  PRIORITY_LABELS,
  type ConcernDetail,
  type ConcernPerson,
  type ConcernPriority,
} from '../types';

const FIELD_IDS = { priority: 'priority', assignee: 'assignee' } as const;

const PRIORITY_HINTS: Record<ConcernPriority, string> = {
  high: 'Act this week: the ECT may not pass induction, or a mentor cannot continue',
  medium: 'Act this half-term',
  low: 'Keep an eye on it',
};

interface TriageFormProps {
  schoolId: string;
  schoolName: string;
  concern: ConcernDetail;
  people: ConcernPerson[];
}

function TriageForm({ schoolId, schoolName, concern, people }: TriageFormProps) {
  const change = useConcernChange(schoolId, concern, {}, FIELD_IDS.priority);
  const [priority, setPriority] = useState<ConcernPriority | ''>(concern.priority ?? '');
  const [assignee, setAssignee] = useState(concern.assigned_to?.id ?? '');
  const [clientErrors, setClientErrors] = useState<
    Partial<Record<'priority' | 'assignee', string>>
  >({});
  const errors = formErrors(FIELD_IDS, clientErrors, change.serverError);
  // Leaders handle concerns: the school's induction tutors and headteachers.
  const leaders = people.filter((person) =>
    person.school_roles.some(
      (item) => item.role === 'induction_tutor' || item.role === 'headteacher',
    ),
  );

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Partial<Record<'priority' | 'assignee', string>> = {};
    if (priority === '') {
      found.priority = 'Select a priority';
    }
    if (assignee === '') {
      found.assignee = 'Select who will handle the concern';
    }
    setClientErrors(found);
    if (priority === '' || assignee === '') {
      return;
    }
    const name = leaders.find((person) => person.id === assignee)?.full_name ?? 'the assignee';
    change.save(
      {
        priority,
        assigned_to_staff_id: assignee,
        status: concern.status === 'open' ? 'in_progress' : concern.status,
      },
      `The concern is ${PRIORITY_LABELS[priority].toLowerCase()} priority and assigned to ${name}.`,
    );
  }

  return (
    <TwoThirdsColumn>
      <title>{`${errors.summary.length > 0 ? 'Error: ' : ''}Triage – ${concern.summary} – ECT mentoring`}</title>
      {errors.summary.length > 0 && <ErrorSummary errors={errors.summary} />}
      <span className="govuk-caption-l">
        {schoolName}: {concern.summary}
      </span>
      <h1 className="govuk-heading-l">Triage the concern</h1>
      {concern.status === 'open' && (
        <p className="govuk-body">Saving marks the concern as in progress.</p>
      )}
      <form onSubmit={handleSubmit} noValidate>
        <Radios
          id={FIELD_IDS.priority}
          legend="Priority"
          choices={(['high', 'medium', 'low'] as ConcernPriority[]).map((value) => ({
            value,
            label: PRIORITY_LABELS[value],
            hint: PRIORITY_HINTS[value],
          }))}
          value={priority}
          error={errors.fieldError('priority')}
          onChange={setPriority}
        />
        <SelectField
          id={FIELD_IDS.assignee}
          label="Assigned to"
          hint="The induction tutor or the headteacher"
          value={assignee}
          error={errors.fieldError('assignee')}
          onChange={(event) => setAssignee(event.target.value)}
        >
          <option value="">Choose a person</option>
          {leaders.map((person) => (
            <option key={person.id} value={person.id}>
              {person.full_name}
            </option>
          ))}
        </SelectField>
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={change.isPending}>
            {change.isPending ? 'Saving…' : 'Save triage'}
          </button>
          <Link className="govuk-link" to={paths.concern(schoolId, concern.id)}>
            Cancel
          </Link>
        </div>
      </form>
    </TwoThirdsColumn>
  );
}

interface TriageConcernPageProps {
  schoolId: string;
  schoolName: string;
  concernId: string;
}

export function TriageConcernPage({ schoolId, schoolName, concernId }: TriageConcernPageProps) {
  const people = useConcernPeople(schoolId);

  if (people.isPending) {
    return <LoadingState what="the school’s staff" />;
  }
  if (people.isError) {
    return (
      <ErrorState
        title="The school’s staff could not be loaded"
        error={people.error}
        onRetry={() => void people.refetch()}
      />
    );
  }

  return (
    <ConcernLoader schoolId={schoolId} concernId={concernId}>
      {(concern) => (
        <TriageForm
          schoolId={schoolId}
          schoolName={schoolName}
          concern={concern}
          people={people.data}
        />
      )}
    </ConcernLoader>
  );
}
