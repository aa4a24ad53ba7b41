using Licensing.Application.Texts;

namespace Licensing.Web.Confirmations;

/// <summary>The destructive or final actions a person confirms on a second step before they happen.</summary>
public enum Confirmation
{
    WithdrawComplaint,
    WithdrawApplication,
    RemoveSite,
    SuspendLicence,
    RevokeLicence,
    RejectApplication,
    RejectJobOrder,
    CloseCase,
    CloseInspection,
    RemoveHoliday,
}

/// <summary>What the second step asks, what it warns will happen, and the words on the button that does it.</summary>
public sealed record ConfirmationText(string Question, string Consequence, string Yes)
{
    public static ConfirmationText Of(Confirmation confirmation) => confirmation switch
    {
        Confirmation.WithdrawComplaint => new(
            Catalogue.Say(Keys.WithdrawYourComplaint),
            Catalogue.Say(Keys.TheComplaintWillBeClosedAnd),
            Catalogue.Say(Keys.YesWithdrawMyComplaint)),
        Confirmation.WithdrawApplication => new(
            Catalogue.Say(Keys.WithdrawThisApplication),
            Catalogue.Say(Keys.TheMinistryWillStopReviewingIt),
            Catalogue.Say(Keys.YesWithdrawIt)),
        Confirmation.RemoveSite => new(
            Catalogue.Say(Keys.RemoveThisSite),
            Catalogue.Say(Keys.ItWillNoLongerBeListed),
            Catalogue.Say(Keys.YesRemoveIt)),
        Confirmation.SuspendLicence => new(
            Catalogue.Say(Keys.SuspendThisLicence),
            Catalogue.Say(Keys.TheAgencyMayNotRecruitWhile),
            Catalogue.Say(Keys.YesSuspendIt)),
        Confirmation.RevokeLicence => new(
            Catalogue.Say(Keys.RevokeThisLicence),
            Catalogue.Say(Keys.ThisIsFinalARevokedLicence),
            Catalogue.Say(Keys.YesRevokeIt)),
        Confirmation.RejectApplication => new(
            Catalogue.Say(Keys.RejectThisApplication),
            Catalogue.Say(Keys.ThisIsFinalTheAgencyIs),
            Catalogue.Say(Keys.YesRejectIt)),
        Confirmation.RejectJobOrder => new(
            Catalogue.Say(Keys.RejectThisJobOrder),
            Catalogue.Say(Keys.TheAgencyMayNotRecruitWorkers),
            Catalogue.Say(Keys.YesRejectIt)),
        Confirmation.CloseCase => new(
            Catalogue.Say(Keys.CloseThisCase),
            Catalogue.Say(Keys.TheCaseIsClosedWithThe),
            Catalogue.Say(Keys.YesCloseTheCase)),
        Confirmation.CloseInspection => new(
            Catalogue.Say(Keys.CloseThisInspection),
            Catalogue.Say(Keys.NoMoreFindingsOrEvidenceCan),
            Catalogue.Say(Keys.YesCloseTheInspection)),
        Confirmation.RemoveHoliday => new(
            Catalogue.Say(Keys.RemoveThisPublicHoliday),
            Catalogue.Say(Keys.DeadlinesWillCountTheDayAs),
            Catalogue.Say(Keys.YesRemoveIt)),
        _ => throw new ArgumentOutOfRangeException(nameof(confirmation), confirmation, null),
    };
}
