using Licensing.Domain.Identity;

namespace Licensing.Application.Security;

/// <summary>
/// The one home of authorization (ADR-024): every policy the API's route groups and the pages'
/// folder conventions apply, and every list of roles the use cases and views test. Nothing else
/// names more than one role at a time.
/// </summary>
public static class Policies
{
    public static readonly AccessPolicy Administrators = new(nameof(Administrators), ["licensing.administration"], [Roles.Administrator]);

    /// <summary>Officers who decide applications and act on licences.</summary>
    public static readonly AccessPolicy LicensingOfficers = new(nameof(LicensingOfficers), ["licensing.decisions"],
        [Roles.LicensingOfficer, Roles.Administrator]);

    /// <summary>Licensing officers and agency staff: the two sides of a licence application.</summary>
    public static readonly AccessPolicy LicensingParticipants = new(nameof(LicensingParticipants), ["licensing.applications"],
        [Roles.LicensingOfficer, Roles.Administrator, Roles.AgencyStaff]);

    public static readonly AccessPolicy AgencyStaff = new(nameof(AgencyStaff), ["licensing.agency"], [Roles.AgencyStaff]);

    /// <summary>Inspectors and MLVT officers who plan and carry out inspections.</summary>
    public static readonly AccessPolicy InspectionStaff = new(nameof(InspectionStaff), ["licensing.inspections"],
        [Roles.Inspector, Roles.LicensingOfficer, Roles.Administrator]);

    /// <summary>Inspection staff and agency staff (who see their own, announced inspections).</summary>
    public static readonly AccessPolicy InspectionParticipants = new(nameof(InspectionParticipants), ["licensing.inspections.read"],
        [Roles.Inspector, Roles.LicensingOfficer, Roles.Administrator, Roles.AgencyStaff]);

    /// <summary>Everyone who may see migrant workers' records, each within their scope (agency, country, province, or all).</summary>
    public static readonly AccessPolicy WorkerViewers = new(nameof(WorkerViewers), [ClientScopes.WorkersRead],
        [Roles.AgencyStaff, Roles.Administrator, Roles.LicensingOfficer, Roles.Inspector, Roles.InteriorOfficer, Roles.EmbassyOfficer, Roles.ProvincialOfficer]);

    /// <summary>Officers of the bodies told of every disappearance: embassies, the Ministry of Interior and MLVT.</summary>
    public static readonly AccessPolicy AlertRecipients = new(nameof(AlertRecipients), [ClientScopes.DisappearancesReceive],
        [Roles.EmbassyOfficer, Roles.InteriorOfficer, Roles.LicensingOfficer, Roles.Administrator]);

    /// <summary>Alert recipients and agency staff: everyone who reports and writes on disappearance cases.</summary>
    public static readonly AccessPolicy DisappearanceParties = new(nameof(DisappearanceParties), [ClientScopes.DisappearancesReport],
        [Roles.AgencyStaff, Roles.EmbassyOfficer, Roles.InteriorOfficer, Roles.LicensingOfficer, Roles.Administrator]);

    /// <summary>The parties and inspectors, who read cases (late reports matter to inspections).</summary>
    public static readonly AccessPolicy DisappearanceViewers = new(nameof(DisappearanceViewers), [ClientScopes.DisappearancesReceive, ClientScopes.DisappearancesReport],
        [Roles.AgencyStaff, Roles.EmbassyOfficer, Roles.InteriorOfficer, Roles.LicensingOfficer, Roles.Administrator, Roles.Inspector]);

    /// <summary>Officers who see complaints in their scope and file them on someone's behalf (MLVT, PDLVT, embassies, Interior).</summary>
    public static readonly AccessPolicy ComplaintStaff = new(nameof(ComplaintStaff), ["licensing.complaints.read"],
        [Roles.Administrator, Roles.LicensingOfficer, Roles.ProvincialOfficer, Roles.EmbassyOfficer, Roles.InteriorOfficer]);

    /// <summary>Officers who handle complaints: MLVT (licensing officers, administrators) and provincial officers.</summary>
    public static readonly AccessPolicy ComplaintHandlers = new(nameof(ComplaintHandlers), ["licensing.complaints.handle"],
        [Roles.Administrator, Roles.LicensingOfficer, Roles.ProvincialOfficer]);

    /// <summary>Everyone who takes part in a Prakas 251 evaluation, each within their scope: secretariat and decision-makers, panel members, the agency.</summary>
    public static readonly AccessPolicy EvaluationParticipants = new(nameof(EvaluationParticipants), ["licensing.evaluations"],
        [Roles.LicensingOfficer, Roles.Administrator, Roles.EvaluationPanelMember, Roles.AgencyStaff]);

    /// <summary>Evaluation panel members, who score and may declare a conflict of interest.</summary>
    public static readonly AccessPolicy EvaluationPanel = new(nameof(EvaluationPanel), ["licensing.evaluations.score"], [Roles.EvaluationPanelMember]);

    /// <summary>MLVT staff; they must turn on two-factor sign-in when the setting requires it.</summary>
    public static readonly AccessPolicy MinistryStaff = new(nameof(MinistryStaff), ["licensing.ministry"],
        [Roles.Administrator, Roles.LicensingOfficer, Roles.Inspector]);

    /// <summary>Everyone signed in, and other systems granted the register: licences and agencies, each seen within the reader's scope.</summary>
    public static readonly AccessPolicy RegisterReaders = new(nameof(RegisterReaders), [ClientScopes.RegisterRead], Roles.All);

    /// <summary>Other bodies' systems, which subscribe to events: a client-credentials token only, never a person's.</summary>
    public static readonly AccessPolicy WebhookSubscribers = new(nameof(WebhookSubscribers), [ClientScopes.WebhooksManage], [Roles.EmbassyOfficer, Roles.InteriorOfficer], SystemsOnly: true);

    public static readonly IReadOnlyList<AccessPolicy> All =
    [
        RegisterReaders, Administrators, MinistryStaff, LicensingOfficers, LicensingParticipants, AgencyStaff, InspectionStaff, InspectionParticipants, WorkerViewers,
        AlertRecipients, DisappearanceParties, DisappearanceViewers, ComplaintStaff, ComplaintHandlers, EvaluationParticipants, EvaluationPanel,
        WebhookSubscribers,
    ];
}
