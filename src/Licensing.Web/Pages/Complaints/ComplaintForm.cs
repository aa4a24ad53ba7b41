using Licensing.Application.Complaints;
using Licensing.Domain.Complaints;
using Licensing.Web.Filters;

namespace Licensing.Web.Pages.Complaints;

/// <summary>The fields of the complaint form as the browser posts them; <see cref="ToCommand"/> names each one it passes on.</summary>
public sealed class ComplaintForm : ICommandForm<FileComplaint.Command>
{
    public FilerRole? FiledAs { get; set; }
    public string? FilerName { get; set; }
    public string? FilerOrganisation { get; set; }
    public string? WorkerName { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? PassportNumber { get; set; }
    public PreferredContact? PreferredContact { get; set; }
    public string? ProvinceCode { get; set; }
    public Guid? AgencyId { get; set; }
    public string? UnlicensedRecruiter { get; set; }
    public ComplaintCategory? Category { get; set; }
    public string? WhatHappened { get; set; }
    public string? Where { get; set; }
    public string? When { get; set; }
    public string? WhatTheyWant { get; set; }
    public bool ShareIdentityWithAgency { get; set; }
    public bool SendToMinistry { get; set; }

    /// <summary>A honeypot: people leave it empty, form-filling robots do not.</summary>
    public string? Website { get; set; }

    public FileComplaint.Command ToCommand() => new(
        FiledAs: FiledAs,
        FilerName: FilerName,
        FilerOrganisation: FilerOrganisation,
        WorkerName: WorkerName ?? "",
        Phone: Phone,
        Email: Email,
        PassportNumber: PassportNumber,
        ProvinceCode: ProvinceCode ?? "",
        PreferredContact: PreferredContact,
        AgencyId: AgencyId,
        UnlicensedRecruiter: UnlicensedRecruiter,
        Category: Category,
        WhatHappened: WhatHappened ?? "",
        Where: Where,
        When: When,
        WhatTheyWant: WhatTheyWant,
        ShareIdentityWithAgency: ShareIdentityWithAgency,
        SendToMinistry: SendToMinistry,
        Website: Website);
}
