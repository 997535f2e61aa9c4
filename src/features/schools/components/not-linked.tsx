interface NotLinkedProps {
  email: string | undefined;
}

export function NotLinked({ email }: NotLinkedProps) {
  return (
    <>
      <h1 className="govuk-heading-l">Your account is not linked to a school yet</h1>
      <p className="govuk-body">
        You signed in{email ? ` as ${email}` : ''}, but no school has added you as a member of staff
        with that email address, so there is nothing to show you yet.
      </p>
      <p className="govuk-body">
        Ask your school&apos;s induction tutor to add you with this email address. Then sign out and
        sign in again.
      </p>
    </>
  );
}
