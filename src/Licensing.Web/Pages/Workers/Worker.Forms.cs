using Licensing.Application.Workers;
using Microsoft.AspNetCore.Http;

namespace Licensing.Web.Pages.Workers;

/// <summary>The forms of the worker's page, as asp-for names them; a refused post shows what was typed instead.</summary>
public sealed partial class WorkerModel
{
    public StartDeployment.Command Assign { get; private set; } = new(JobOrderId: Guid.Empty);
    public RecordMedicalCheck.Command Medical { get; private set; } = new(ExaminedOn: null, Clinic: "", PhysicallyFit: null, MentallyFit: null);
    public RecordOrientation.Command Training { get; private set; } = new(TrainingCentreId: null, CompletedOn: null, Hours: null, Topics: []);
    public RecordContract.Command Contract { get; private set; } = new(SignedOn: null, Clauses: []);
    public IFormFile? SignedContract => null;
    public RecordTravelDocuments.Command Travel { get; private set; } = new(
        PassportNumber: "", PassportIssuedOn: null, PassportExpiresOn: null, VisaNumber: "", VisaIssuedOn: null, VisaExpiresOn: null);
    public RecordFee.Command Fee { get; private set; } = new(Description: "", AmountUsd: null, PaidOn: null, ReceiptNumber: "");
    public DeployWorker.Command Departure { get; private set; } = new(DepartedOn: null, DeparturePoint: "");
    public ConfirmArrival.Command Arrival { get; private set; } = new(ArrivedOn: null);
    public LogOnSiteService.Command Contact { get; private set; } = new(ContactedOn: null, Channel: null, Notes: "", Problem: null, Resolution: null);
    public OpenRepatriation.Command Repatriation { get; private set; } = new(Reason: null, RequestedBy: null, PaidBy: null, Notes: null);
    public UpdateRepatriation.Command Update { get; private set; } = new(Status: null, ReturnDate: null, Notes: null);
    public RecordReturn.Command Back { get; private set; } = new(Outcome: null, ReturnedOn: null, ProvinceCode: "");

    /// <summary>Each step's form starts from what is already recorded, or from today.</summary>
    private void PrefillForms(DateOnly today)
    {
        if (Open is not { } open) return;
        if (open.Medical is { } medical)
        {
            Medical = new(ExaminedOn: medical.ExaminedOn, Clinic: medical.Clinic, PhysicallyFit: medical.PhysicallyFit, MentallyFit: medical.MentallyFit);
        }
        if (open.Orientation is { } training)
        {
            Training = new(TrainingCentreId: training.TrainingCentreId, CompletedOn: training.CompletedOn, Hours: training.Hours, Topics: training.Topics);
        }
        if (open.Contract is { } contract) Contract = new(SignedOn: contract.SignedOn, Clauses: contract.Clauses);
        Travel = new(
            PassportNumber: Worker.IdentityMasked ? "" : Worker.PassportNumber ?? "",
            PassportIssuedOn: open.Travel?.PassportIssuedOn, PassportExpiresOn: open.Travel?.PassportExpiresOn,
            VisaNumber: open.Travel?.VisaNumber ?? "", VisaIssuedOn: open.Travel?.VisaIssuedOn, VisaExpiresOn: open.Travel?.VisaExpiresOn);
        Departure = new(DepartedOn: today, DeparturePoint: "");
        Arrival = new(ArrivedOn: today);
        Contact = new(ContactedOn: today, Channel: null, Notes: "", Problem: null, Resolution: null);
        Back = new(Outcome: null, ReturnedOn: today, ProvinceCode: Worker.Home.ProvinceCode);
    }
}
