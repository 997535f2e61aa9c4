import { Link } from 'react-router';

import { ErrorState, LoadingState } from '@/components/states';
import { SuccessNotice } from '@/components/success-notice';
import { paths } from '@/config/paths';
import { formatLongDate, formatShortDate } from '@/lib/dates';
import { describeError } from '@/lib/errors';
import { formatFigure } from '@/lib/format';

import { INDUCTION_STATUS_LABELS } from '../api/induction-status-labels';
import { useStaffMember } from '../api/get-staff-member';
import { useRemoveStaffRole } from '../api/remove-staff-role';
import { InvitationTag } from '../components/invitation-tag';
import { MenteesTable } from '../components/mentees-table';
import { SummaryRow } from '../components/summary-row';
import { PROGRAMME_LABELS, STAFF_ROLE_LABELS, STAFF_ROLES, type StaffMember } from '../types';

interface StaffMemberPageProps {
  schoolId: string;
  schoolName: string;
  staffId: string;
}

function dateOrNone(value: string | null): string {
  return value ? formatLongDate(value) : 'Not recorded';
}

function PersonDetails({ schoolId, person }: { schoolId: string; person: StaffMember }) {
  const editPath = paths.editStaffMember(schoolId, person.id);

  return (
    <dl className="govuk-summary-list">
      <SummaryRow label="Full name" changeTo={editPath}>
        {person.full_name}
      </SummaryRow>
      <SummaryRow label="Email address" changeTo={editPath}>
        {person.email}
      </SummaryRow>
      <SummaryRow label="Sign-in">
        <InvitationTag userId={person.user_id} />{' '}
        {person.user_id === null
          ? `Not signed up with ${person.email} yet.`
          : 'Signed up with this email address.'}
      </SummaryRow>
      <SummaryRow label="TRN" changeTo={editPath}>
        {person.trn ?? 'Not recorded'}
      </SummaryRow>
      <SummaryRow label="QTS held" changeTo={editPath}>
        {person.qts_held ? 'Yes' : 'No'}
      </SummaryRow>
      <SummaryRow label="Subject or phase" changeTo={editPath}>
        {person.subject_or_phase ?? 'Not recorded'}
      </SummaryRow>
    </dl>
  );
}

function RolesSection({ schoolId, person }: { schoolId: string; person: StaffMember }) {
  const removeRole = useRemoveStaffRole(person.id);
  const heldRoles = STAFF_ROLES.filter((role) =>
    person.school_roles.some((item) => item.role === role),
  );

  return (
    <>
      <h2 className="govuk-heading-m">Roles</h2>
      {removeRole.isError && (
        <p className="govuk-error-message" role="alert">
          The role could not be removed. {describeError(removeRole.error).reason}
        </p>
      )}
      {heldRoles.length === 0 ? (
        <p className="govuk-body">No role at this school.</p>
      ) : (
        <ul className="govuk-list app-role-list">
          {heldRoles.map((role) => (
            <li key={role}>
              {STAFF_ROLE_LABELS[role]}{' '}
              <button
                type="button"
                className="govuk-button govuk-button--secondary govuk-button--small app-inline-button"
                disabled={removeRole.isPending}
                onClick={() => removeRole.mutate(role)}
              >
                Remove
                <span className="govuk-visually-hidden"> the {STAFF_ROLE_LABELS[role]} role</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {heldRoles.length < STAFF_ROLES.length && (
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.addStaffRole(schoolId, person.id)}>
            Add a role
          </Link>
        </p>
      )}
    </>
  );
}

function MentorSection({ schoolId, person }: { schoolId: string; person: StaffMember }) {
  const mentor = person.mentors;
  if (!mentor) {
    return null;
  }
  const changePath = paths.editMentorDetails(schoolId, person.id);

  return (
    <>
      <h2 className="govuk-heading-m">Mentor</h2>
      <dl className="govuk-summary-list">
        <SummaryRow label="Registered with the DfE" changeTo={changePath}>
          {dateOrNone(mentor.dfe_registered_on)}
        </SummaryRow>
        {!person.qts_held && (
          <>
            <SummaryRow label="Appropriate body asked" changeTo={changePath}>
              {dateOrNone(mentor.ab_check_requested_on)}
            </SummaryRow>
            <SummaryRow label="Appropriate body confirmed" changeTo={changePath}>
              {mentor.ab_check_confirmed_on
                ? formatLongDate(mentor.ab_check_confirmed_on)
                : 'Not yet: the dashboard flags this mentor’s ECTs'}
            </SummaryRow>
          </>
        )}
      </dl>
      <MenteesTable schoolId={schoolId} pairings={mentor.pairings} />
    </>
  );
}

function InductionsSection({ schoolId, person }: { schoolId: string; person: StaffMember }) {
  if (person.ect_inductions.length === 0) {
    return null;
  }

  return (
    <>
      <h2 className="govuk-heading-m">Induction</h2>
      <ul className="govuk-list">
        {person.ect_inductions.map((induction) => (
          <li key={induction.id}>
            <Link className="govuk-link" to={paths.induction(schoolId, induction.id)}>
              Started {formatShortDate(induction.started_on)}
            </Link>
            : {INDUCTION_STATUS_LABELS[induction.status] ?? induction.status},{' '}
            {formatFigure(induction.fte, { maximumFractionDigits: 2 })} FTE,{' '}
            {PROGRAMME_LABELS[induction.programme].toLowerCase()}
          </li>
        ))}
      </ul>
    </>
  );
}

export function StaffMemberPage({ schoolId, schoolName, staffId }: StaffMemberPageProps) {
  const person = useStaffMember(schoolId, staffId);

  if (person.isPending) {
    return <LoadingState what="this person’s record" />;
  }
  if (person.isError) {
    return (
      <ErrorState
        title="This person’s record could not be loaded"
        error={person.error}
        onRetry={() => void person.refetch()}
      />
    );
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`${person.data.full_name} – ${schoolName} – ECT mentoring`}</title>
        <SuccessNotice />
        <span className="govuk-caption-l">{schoolName}</span>
        <h1 className="govuk-heading-l">{person.data.full_name}</h1>
        <PersonDetails schoolId={schoolId} person={person.data} />
        <RolesSection schoolId={schoolId} person={person.data} />
        <InductionsSection schoolId={schoolId} person={person.data} />
        <MentorSection schoolId={schoolId} person={person.data} />
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.staffList(schoolId)}>
            Back to staff
          </Link>
        </p>
      </div>
    </div>
  );
}
