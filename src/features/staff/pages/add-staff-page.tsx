import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { ErrorSummary } from '@/components/error-summary';
import { TwoThirdsColumn } from '@/components/two-thirds-column';
import { paths } from '@/config/paths';
import { type FieldError } from '@/lib/database-errors';
import { formErrors } from '@/lib/form-errors';

import { useSaveStaffMembers } from '../api/save-staff-members';
import { StaffFields } from '../components/staff-fields';
import {
  EMPTY_STAFF_FORM,
  STAFF_DATABASE_FIELDS,
  STAFF_FIELD_IDS,
  staffInputFromForm,
  validateStaffForm,
  staffFieldError,
  type StaffFieldErrors,
  type StaffFormValues,
} from '../components/staff-form-values';

interface AddStaffPageProps {
  schoolId: string;
  schoolName: string;
}

export function AddStaffPage({ schoolId, schoolName }: AddStaffPageProps) {
  const navigate = useNavigate();
  const save = useSaveStaffMembers(schoolId);
  const [values, setValues] = useState<StaffFormValues>(EMPTY_STAFF_FORM);
  const [clientErrors, setClientErrors] = useState<StaffFieldErrors>({});
  const [serverError, setServerError] = useState<FieldError | null>(null);
  const errors = formErrors(STAFF_FIELD_IDS, clientErrors, serverError);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateStaffForm(values);
    setClientErrors(found);
    setServerError(null);
    if (Object.keys(found).length > 0) {
      return;
    }

    save.mutate([staffInputFromForm(values)], {
      onSuccess: ([saved]) => {
        if (!saved) {
          return;
        }
        void navigate(paths.staffMember(schoolId, saved.staff_id), {
          state: {
            notice:
              saved.action === 'created'
                ? `${values.fullName.trim()} has been added. They are invited to sign up with ${values.email.trim()}.`
                : `${values.fullName.trim()} was already recorded with this email address, so their record has been updated.`,
          },
        });
      },
      onError: (error) =>
        setServerError(staffFieldError(error, STAFF_DATABASE_FIELDS, STAFF_FIELD_IDS.fullName)),
    });
  }

  return (
    <TwoThirdsColumn>
      <title>{`${errors.summary.length > 0 ? 'Error: ' : ''}Add a person – ${schoolName} – ECT mentoring`}</title>
      {errors.summary.length > 0 && <ErrorSummary errors={errors.summary} />}
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">Add a person</h1>
      <p className="govuk-body">
        Add a mentor, an ECT, a headteacher or another induction tutor. They can sign up with the
        email address you enter here; until then their record shows as invited.
      </p>
      <form onSubmit={handleSubmit} noValidate>
        <StaffFields
          values={values}
          errors={errors}
          onChange={(changes) => setValues((current) => ({ ...current, ...changes }))}
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Add person'}
          </button>
          <Link className="govuk-link" to={paths.staffList(schoolId)}>
            Cancel
          </Link>
        </div>
      </form>
    </TwoThirdsColumn>
  );
}
