import { CalendarPanel } from '@/features/calendar/components/calendar-panel';
import { InductionConcernsPanel } from '@/features/concerns/components/induction-concerns-panel';
import { InductionLayout } from '@/features/ects/components/induction-layout';
import { MentorPanel } from '@/features/pairings/components/mentor-panel';
import { SlotsPanel } from '@/features/timetable/components/slots-panel';

interface InductionPageProps {
  schoolId: string;
  schoolName: string;
  inductionId: string;
}

/** Composes one ECT's induction page: record, mentors, timetabled time, calendar, concerns. */
export function InductionPage({ schoolId, schoolName, inductionId }: InductionPageProps) {
  return (
    <InductionLayout schoolId={schoolId} schoolName={schoolName} inductionId={inductionId}>
      {() => (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-full app-panels">
            <MentorPanel schoolId={schoolId} inductionId={inductionId} />
            <SlotsPanel schoolId={schoolId} inductionId={inductionId} />
            <CalendarPanel schoolId={schoolId} inductionId={inductionId} />
            <InductionConcernsPanel schoolId={schoolId} inductionId={inductionId} />
          </div>
        </div>
      )}
    </InductionLayout>
  );
}
