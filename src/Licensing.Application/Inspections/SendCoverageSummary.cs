using System.Globalization;
using Licensing.Application.Abstractions;
using Licensing.Application.Events;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inspections;

/// <summary>The weekly coverage summary of the current year's plan, e-mailed to the chief inspector once per ISO week.</summary>
public static class SendCoverageSummary
{
    public sealed class Handler(ILicensingDb db, GetInspectionPlan.Handler plans, BusinessCalendar calendar, RuleSettingsCache rules)
    {
        public async Task<bool> HandleAsync(CancellationToken cancellationToken)
        {
            var now = calendar.Now;
            var today = calendar.Today;
            var planId = await db.InspectionPlans.Where(p => p.Year == today.Year).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(cancellationToken);
            var key = $"coverage:{ISOWeek.GetYear(today.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(today.ToDateTime(TimeOnly.MinValue)):D2}";
            if (planId is null || await db.AlreadyNotifiedAsync(key, cancellationToken)) return false;

            var plan = await plans.HandleAsync(planId.Value, cancellationToken);
            var lines = plan.ByProvince.Select(p => $"{p.ProvinceCode}: due {p.Due}, scheduled {p.Scheduled}, done {p.Done}, overdue {p.Overdue}");
            db.NotifyAddress((await rules.GetAsync(db, cancellationToken)).ChiefInspectorEmail,
                $"Inspection coverage {plan.Year}: {plan.Total.Done}/{plan.Total.Due} done, {plan.Total.Overdue} overdue / របាយការណ៍អធិការកិច្ចប្រចាំសប្តាហ៍",
                string.Join('\n', lines), now, key);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
    }
}
