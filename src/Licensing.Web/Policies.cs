namespace Licensing.Web;

/// <summary>Authorization policies shared by the pages and the API (registered by the host).</summary>
public static class Policies
{
    /// <summary>Officers who decide applications and act on licences.</summary>
    public const string LicensingOfficers = nameof(LicensingOfficers);

    /// <summary>Licensing officers and agency staff: the two sides of a licence application.</summary>
    public const string LicensingParticipants = nameof(LicensingParticipants);

    public const string AgencyStaff = nameof(AgencyStaff);

    /// <summary>Inspectors and MLVT officers who plan and carry out inspections.</summary>
    public const string InspectionStaff = nameof(InspectionStaff);

    /// <summary>Inspection staff and agency staff (who see their own, announced inspections).</summary>
    public const string InspectionParticipants = nameof(InspectionParticipants);

    /// <summary>Everyone who may see migrant workers' records, each within their scope (agency, country, province, or all).</summary>
    public const string WorkerViewers = nameof(WorkerViewers);

    /// <summary>Officers of the bodies told of every disappearance: embassies, the Ministry of Interior and MLVT.</summary>
    public const string AlertRecipients = nameof(AlertRecipients);

    /// <summary>Alert recipients and agency staff: everyone who reports and writes on disappearance cases.</summary>
    public const string DisappearanceParties = nameof(DisappearanceParties);

    /// <summary>The parties and inspectors, who read cases (late reports matter to inspections).</summary>
    public const string DisappearanceViewers = nameof(DisappearanceViewers);
    /// <summary>Officers who see complaints in their scope and file them on someone's behalf (MLVT, PDLVT, embassies, Interior).</summary>
    public const string ComplaintStaff = nameof(ComplaintStaff);

    /// <summary>Officers who handle complaints: MLVT (licensing officers, administrators) and provincial officers.</summary>
    public const string ComplaintHandlers = nameof(ComplaintHandlers);
    /// <summary>Everyone who takes part in a Prakas 251 evaluation, each within their scope: secretariat and decision-makers, panel members, the agency.</summary>
    public const string EvaluationParticipants = nameof(EvaluationParticipants);

    /// <summary>Evaluation panel members, who score and may declare a conflict of interest.</summary>
    public const string EvaluationPanel = nameof(EvaluationPanel);
}
