import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { ErrorSummary } from '@/components/error-summary';
import { Radios } from '@/components/form-fields';
import { ErrorState, LoadingState } from '@/components/states';
import { TwoThirdsColumn } from '@/components/two-thirds-column';
import { paths } from '@/config/paths';
import { type FieldError } from '@/lib/database-errors';
import { formErrors } from '@/lib/form-errors';

import { useStaffMember } from '../api/get-staff-member';
import { useSaveStaffMembers } from '../api/save-staff-members';
import { InductionFields, MentorFields } from '../components/staff-fields';
import {
  EMPTY_STAFF_FORM,
  STAFF_DATABASE_FIELDS,
  STAFF_FIELD_IDS,
  staffInputFromForm,
  validateInductionFields,
  validateMentorFields,
  staffFieldError,
  type StaffFieldErrors,
  type StaffFormValues,
} from '../components/staff-form-values';
import { STAFF_ROLE_LABELS, STAFF_ROLES, type StaffMember, type StaffRole } from '../types';

interface AddRoleFormProps {
  schoolId: string;
  schoolName: string;
  person: StaffMember;
}

function AddRoleForm({ schoolId, schoolName, person }: AddRoleFormProps) {
  const navigate = useNavigate();
  const save = useSaveStaffMembers(schoolId);
  const available = STAFF_ROLES.filter(
    (role) => !person.school_roles.some((item) => item.role === role),
  );
  const [role, setRole] = useState<StaffRole | ''>('');
  // The person's details come from their record; only the new role's fields are typed here.
  const [values, setValues] = useState<StaffFormValues>({
    ...EMPTY_STAFF_FORM,
    fullName: person.full_name,
    email: person.email,
    qts: person.qts_held ? 'yes' : 'no',
  });
  const [clientErrors, setClientErrors] = useState<StaffFieldErrors>({});
  const [serverError, setServerError] = useState<FieldError | null>(null);
  const errors = formErrors(STAFF_FIELD_IDS, clientErrors, serverError);
  const needsInduction = role === 'ect' && person.ect_inductions.length === 0;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setServerError(null);
    if (role === '') {
      setClientErrors({ roles: 'Select the role to add' });
      return;
    }
    const formValues = { ...values, roles: [role] };
    const found: StaffFieldErrors = {};
    if (needsInduction) {
      validateInductionFields(formValues, found);
    }
    if (role === 'mentor') {
      validateMentorFields(formValues, found);
    }
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      return;
    }

    const input = staffInputFromForm(formValues);
    save.mutate(
      [
        {
          ...input,
          // Only the role and its own details change: null keeps the stored TRN and subject.
          trn: null,
          qts_held: null,
          subject_or_phase: null,
          induction: needsInduction ? input.induction : null,
        },
      ],
      {
        onSuccess: () =>
          void navigate(paths.staffMember(schoolId, person.id), {
            state: {
              notice: `${person.full_name} is now ${STAFF_ROLE_LABELS[role].toLowerCase()}.`,
            },
          }),
        onError: (error) =>
          setServerError(staffFieldError(error, STAFF_DATABASE_FIELDS, STAFF_FIELD_IDS.roles)),
      },
    );
  }

  return (
    <TwoThirdsColumn>
      <title>{`${errors.summary.length > 0 ? 'Error: ' : ''}Add a role – ${person.full_name} – ECT mentoring`}</title>
      {errors.summary.length > 0 && <ErrorSummary errors={errors.summary} />}
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">Add a role for {person.full_name}</h1>
      <form onSubmit={handleSubmit} noValidate>
        <Radios
          id={STAFF_FIELD_IDS.roles}
          legend="Role"
          choices={available.map((value) => ({ value, label: STAFF_ROLE_LABELS[value] }))}
          value={role}
          error={errors.fieldError('roles')}
          onChange={setRole}
        />
        {needsInduction && (
          <InductionFields
            values={values}
            errors={errors}
            onChange={(changes) => setValues((current) => ({ ...current, ...changes }))}
          />
        )}
        {role === 'mentor' && (
          <MentorFields
            values={values}
            errors={errors}
            onChange={(changes) => setValues((current) => ({ ...current, ...changes }))}
          />
        )}
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Add role'}
          </button>
          <Link className="govuk-link" to={paths.staffMember(schoolId, person.id)}>
            Cancel
          </Link>
        </div>
      </form>
    </TwoThirdsColumn>
  );
}

interface AddStaffRolePageProps {
  schoolId: string;
  schoolName: string;
  staffId: string;
}

export function AddStaffRolePage({ schoolId, schoolName, staffId }: AddStaffRolePageProps) {
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

  return <AddRoleForm schoolId={schoolId} schoolName={schoolName} person={person.data} />;
}
