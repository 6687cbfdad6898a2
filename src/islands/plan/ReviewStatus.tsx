import { MESSAGES, REVIEW_STATUS_LABELS, UI } from '../../lib/plan/messages.ts';
import { reviewStatus } from '../../lib/plan/schema.ts';
import type { Plan } from '../../lib/plan/schema.ts';

/** The 学段中心's verdict on the plan, shown above the form once the plan has left the 草稿 stage; 退回 with its reason stands out. */
export function ReviewBanner({ plan }: { plan: Plan }) {
  const status = reviewStatus(plan);
  if (status === 'draft') return null;
  const review = plan.review!;
  return (
    <section className="plan-review" data-status={status} aria-label={UI.reviewRegion} data-testid="plan-review">
      <p>
        <strong className="plan-review-label">{REVIEW_STATUS_LABELS[status]}</strong> {MESSAGES.reviewBanner(status, review.reviewer?.trim() ?? '', review.date?.trim() ?? '')}
      </p>
      {status === 'returned' && <p className="plan-review-reason">{review.reason?.trim() ? MESSAGES.reviewReason(review.reason.trim()) : MESSAGES.reviewNoReason}</p>}
      {status === 'filed' && review.reason?.trim() && <p>{review.reason.trim()}</p>}
    </section>
  );
}
