import { DateInput } from '@/components/date-input';
import { Checkboxes, Radios } from '@/components/form-fields';
import { TextInput } from '@/components/text-input';
import type { FormErrors } from '@/lib/form-errors';

import {
  PROGRAMME_LABELS,
  STAFF_ROLE_LABELS,
  STAFF_ROLES,
  type InductionProgramme,
} from '../types';
import { STAFF_FIELD_IDS, type StaffFormValues } from './staff-form-values';

interface StaffFieldsProps {
  values: StaffFormValues;
  errors: FormErrors<keyof StaffFormValues>;
  onChange: (changes: Partial<StaffFormValues>) => void;
}

const ROLE_HINTS = {
  mentor: 'Supports ECTs week by week',
  ect: 'Early career teacher in statutory induction',
  headteacher: 'Sees the dashboard, changes nothing',
  induction_tutor: 'Keeps these records',
} as const;

const ROLE_CHOICES = STAFF_ROLES.map((role) => ({
  value: role,
  label: STAFF_ROLE_LABELS[role],
  hint: ROLE_HINTS[role],
}));

const PROGRAMME_CHOICES = (['provider_led', 'school_led'] as InductionProgramme[]).map(
  (programme) => ({ value: programme, label: PROGRAMME_LABELS[programme] }),
);

/** The induction fields an ECT needs: start date, FTE, programme and DfE registration. */
export function InductionFields({ values, errors, onChange }: StaffFieldsProps) {
  const ids = STAFF_FIELD_IDS;

  return (
    <>
      <DateInput
        id="induction-start"
        legend="Induction start date at this school"
        value={values.inductionStart}
        error={errors.fieldError('inductionStart')}
        onChange={(inductionStart) => onChange({ inductionStart })}
      />
      <TextInput
        id={ids.fte}
        label="Full-time equivalent (FTE)"
        hint="1 for full time; 0.6 for three days a week. Part-time inductions last longer."
        inputMode="decimal"
        width={4}
        value={values.fte}
        error={errors.fieldError('fte')}
        onChange={(event) => onChange({ fte: event.target.value })}
      />
      <Radios
        id={ids.programme}
        legend="Induction programme"
        choices={PROGRAMME_CHOICES}
        value={values.programme}
        error={errors.fieldError('programme')}
        onChange={(programme) => onChange({ programme })}
      />
      <DateInput
        id="ect-dfe-registered"
        legend="Registered with the DfE (optional)"
        hint="The date the school registered the ECT with the Register early career teachers service"
        value={values.ectRegistered}
        error={errors.fieldError('ectRegistered')}
        onChange={(ectRegistered) => onChange({ ectRegistered })}
      />
    </>
  );
}

/** DfE registration, and the appropriate body's check for a mentor without QTS. */
export function MentorFields({ values, errors, onChange }: StaffFieldsProps) {
  return (
    <>
      <DateInput
        id="mentor-dfe-registered"
        legend="Mentor registered with the DfE (optional)"
        value={values.mentorRegistered}
        error={errors.fieldError('mentorRegistered')}
        onChange={(mentorRegistered) => onChange({ mentorRegistered })}
      />
      {values.qts === 'no' && (
        <>
          <p className="govuk-body">
            A mentor without QTS needs the appropriate body to confirm they may mentor. Until it
            does, the dashboard flags their ECTs.
          </p>
          <DateInput
            id="ab-check-requested"
            legend="Date the school asked the appropriate body (optional)"
            value={values.abCheckRequested}
            error={errors.fieldError('abCheckRequested')}
            onChange={(abCheckRequested) => onChange({ abCheckRequested })}
          />
          <DateInput
            id="ab-check-confirmed"
            legend="Date the appropriate body confirmed (optional)"
            value={values.abCheckConfirmed}
            error={errors.fieldError('abCheckConfirmed')}
            onChange={(abCheckConfirmed) => onChange({ abCheckConfirmed })}
          />
        </>
      )}
    </>
  );
}

/** Every field of the "add a person" form. */
export function StaffFields({ values, errors, onChange }: StaffFieldsProps) {
  const ids = STAFF_FIELD_IDS;

  return (
    <>
      <TextInput
        id={ids.fullName}
        label="Full name"
        autoComplete="off"
        spellCheck={false}
        value={values.fullName}
        error={errors.fieldError('fullName')}
        onChange={(event) => onChange({ fullName: event.target.value })}
      />
      <TextInput
        id={ids.email}
        label="Email address"
        hint="They sign up with this address to see their pages. Capital letters do not matter."
        type="email"
        autoComplete="off"
        spellCheck={false}
        value={values.email}
        error={errors.fieldError('email')}
        onChange={(event) => onChange({ email: event.target.value })}
      />
      <Checkboxes
        id={ids.roles}
        legend="Roles at this school"
        hint="Select all that apply."
        choices={ROLE_CHOICES}
        values={values.roles}
        error={errors.fieldError('roles')}
        onChange={(roles) => onChange({ roles })}
      />
      <TextInput
        id={ids.trn}
        label="Teacher reference number (TRN) (optional)"
        hint="7 digits. Leading zeros are added if missing."
        inputMode="numeric"
        spellCheck={false}
        width={10}
        value={values.trn}
        error={errors.fieldError('trn')}
        onChange={(event) => onChange({ trn: event.target.value })}
      />
      <Radios
        id={ids.qts}
        legend="Does the person hold qualified teacher status (QTS)?"
        inline
        choices={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
        value={values.qts}
        error={errors.fieldError('qts')}
        onChange={(qts) => onChange({ qts })}
      />
      <TextInput
        id={ids.subject}
        label="Subject or phase (optional)"
        hint="For example Mathematics, or Key stage 1. Used to suggest mentors for ECTs."
        value={values.subject}
        error={errors.fieldError('subject')}
        onChange={(event) => onChange({ subject: event.target.value })}
      />
      {values.roles.includes('ect') && (
        <fieldset className="govuk-fieldset app-subsection">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Induction</legend>
          <InductionFields values={values} errors={errors} onChange={onChange} />
        </fieldset>
      )}
      {values.roles.includes('mentor') && (
        <fieldset className="govuk-fieldset app-subsection">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Mentor</legend>
          <MentorFields values={values} errors={errors} onChange={onChange} />
        </fieldset>
      )}
    </>
  );
}
