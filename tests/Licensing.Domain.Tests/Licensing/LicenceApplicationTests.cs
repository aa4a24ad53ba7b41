using Licensing.Application.Texts;
using Licensing.Domain.Applications;
using Licensing.Domain.Common;
using Licensing.Domain.Documents;

namespace Licensing.Domain.Tests.Licensing;

public sealed class LicenceApplicationTests
{
    private static readonly Actor Agency = new(Guid.NewGuid(), "agency@test", new DateTimeOffset(2026, 11, 1, 2, 0, 0, TimeSpan.Zero));
    private static readonly Actor Officer = new(Guid.NewGuid(), "officer@test", new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));
    private static readonly string[] Required = ["incorporation", "statute"];

    private static StoredDocument File(string name) => new($"2026/11/{Guid.NewGuid()}.pdf", name, "application/pdf", 1000, new string('a', 64));

    private static LicenceApplication Complete()
    {
        var application = LicenceApplication.StartNew(Guid.NewGuid(), Agency);
        application.AttachDocument("incorporation", File("inc.pdf"), Agency);
        application.AttachDocument("statute", File("statute.pdf"), Agency);
        return application;
    }

    private static LicenceApplication UnderReview()
    {
        var application = Complete();
        application.Submit(Required, null, Agency);
        application.StartReview(Officer);
        return application;
    }

    [Fact]
    public void NewApplication_IsAnOpenDraftHoldingItsSlot()
    {
        var application = LicenceApplication.StartNew(Guid.NewGuid(), Agency);
        Assert.Equal(ApplicationStatus.Draft, application.Status);
        Assert.True(application.IsOpen);
        Assert.Equal(LicenceApplication.SlotOf(application.AgencyId, ApplicationKind.New), application.OpenSlot);
    }

    [Fact]
    public void Submit_WithMissingDocuments_IsInvalidAndNamesThem()
    {
        var application = LicenceApplication.StartNew(Guid.NewGuid(), Agency);
        application.AttachDocument("incorporation", File("inc.pdf"), Agency);
        var error = Assert.Throws<DomainException>(() => application.Submit(Required, null, Agency));
        Assert.Equal(DomainErrorKind.Invalid, error.Kind);
        Assert.Contains("statute", Catalogue.Words(error, "en"));
        Assert.Equal(ApplicationStatus.Draft, application.Status);
    }

    [Fact]
    public void Submit_WithEveryDocument_RecordsWhoAndWhen()
    {
        var application = Complete();
        application.Submit(Required, "Please review", Agency);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.Equal(Agency.At, application.SubmittedAt);
        var last = application.Events[^1];
        Assert.Equal((ApplicationStatus.Draft, ApplicationStatus.Submitted, "Please review", "agency@test"), (last.From, last.To, last.Message, last.ByName));
    }

    [Fact]
    public void InformationRequested_ThenResubmitted_GoesBackToSubmitted()
    {
        var application = UnderReview();
        application.RequestInformation("The statute is not signed", Officer);
        Assert.Equal(ApplicationStatus.InformationRequested, application.Status);
        Assert.True(application.IsEditableByAgency);

        application.AttachDocument("statute", File("statute-signed.pdf"), Agency);
        application.Submit(Required, "Signed statute attached", Agency);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
    }

    [Fact]
    public void Approve_UnderReview_ClosesAndFreesTheSlot()
    {
        var application = UnderReview();
        var licenceId = Guid.NewGuid();
        application.Approve(licenceId, "Complete", Officer);
        Assert.Equal(ApplicationStatus.Approved, application.Status);
        Assert.Equal(licenceId, application.LicenceId);
        Assert.Null(application.OpenSlot);
        Assert.False(application.IsOpen);
        Assert.Equal(Officer.At, application.DecidedAt);
    }

    [Fact]
    public void Approve_ADraftOrASubmittedApplication_IsAConflict()
    {
        Assert.Equal(DomainErrorKind.Conflict, Assert.Throws<DomainException>(() => Complete().Approve(Guid.NewGuid(), null, Officer)).Kind);
        var submitted = Complete();
        submitted.Submit(Required, null, Agency);
        Assert.Throws<DomainException>(() => submitted.Approve(Guid.NewGuid(), null, Officer));
    }

    [Fact]
    public void Reject_UnderReview_Closes()
    {
        var application = UnderReview();
        application.Reject("No financial guarantee", Officer);
        Assert.Equal(ApplicationStatus.Rejected, application.Status);
        Assert.Null(application.OpenSlot);
    }

    [Theory]
    [InlineData(ApplicationStatus.Draft)]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.UnderReview)]
    [InlineData(ApplicationStatus.InformationRequested)]
    public void Withdraw_FromAnyOpenState_Closes(ApplicationStatus from)
    {
        var application = Complete();
        if (from != ApplicationStatus.Draft) application.Submit(Required, null, Agency);
        if (from is ApplicationStatus.UnderReview or ApplicationStatus.InformationRequested) application.StartReview(Officer);
        if (from == ApplicationStatus.InformationRequested) application.RequestInformation("?", Officer);

        application.Withdraw("Changed our mind", Agency);
        Assert.Equal(ApplicationStatus.Withdrawn, application.Status);
    }

    [Fact]
    public void ClosedApplication_CannotBeWithdrawnOrChanged()
    {
        var application = UnderReview();
        application.Reject("r", Officer);
        Assert.Throws<DomainException>(() => application.Withdraw("r", Agency));
        Assert.Throws<DomainException>(() => application.AttachDocument("statute", File("x.pdf"), Agency));
        Assert.Throws<DomainException>(() => application.Fill(ApplicationDetails.Empty));
    }

    [Fact]
    public void UnderReview_TheAgencyCannotChangeDocuments()
    {
        Assert.Throws<DomainException>(() => UnderReview().AttachDocument("statute", File("x.pdf"), Agency));
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "application/pdf")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "image/png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, null)]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46 }, null)]
    [InlineData(new byte[0], null)]
    public void DocumentType_IsRecognisedByContent(byte[] header, string? expected)
    {
        Assert.Equal(expected, DocumentType.Detect(header));
    }
}
