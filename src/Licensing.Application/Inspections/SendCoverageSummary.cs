using System.Globalization;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inspections;

/// <summary>The weekly coverage summary of the current year's plan, e-mailed to the chief inspector once per ISO week.</summary>
public static class SendCoverageSummary
{
    public sealed class Handler(ILicensingDb db, GetInspectionPlan.Handler plans, DomainEvents events, BusinessCalendar calendar, ReferenceNames names)
    {
        /// <summary>Returns whether there is a plan to summarise (the summary is written once per week however often this runs).</summary>
        public async Task<bool> HandleAsync(CancellationToken cancellationToken)
        {
            var today = calendar.Today;
            var planId = await db.InspectionPlans.Where(p => p.Year == today.Year).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(cancellationToken);
            if (planId is null) return false;
            var key = $"coverage:{ISOWeek.GetYear(today.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(today.ToDateTime(TimeOnly.MinValue)):D2}";
            var plan = await plans.HandleAsync(planId.Value, cancellationToken);
            var lines = new List<LocalizedText>();
            foreach (var p in plan.ByProvince)
            {
                var province = await names.ProvinceAsync(p.ProvinceCode, cancellationToken);
                lines.Add(Catalogue.Both(Keys.CoverageProvince, province, p.Due, p.Scheduled, p.Done, p.Overdue));
            }
            events.Raise(new InspectionCoverageSummarised(
                Catalogue.Both(Keys.CoverageTitle, plan.Year, plan.Total.Done, plan.Total.Due, plan.Total.Overdue),
                LocalizedText.Join("\n", lines), key, calendar.Now));
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
    }
}
