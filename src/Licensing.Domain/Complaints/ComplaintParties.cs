using Licensing.Domain.Common;

namespace Licensing.Domain.Complaints;

/// <summary>
/// Who filed and for whom. Confidential: the respondent agency sees none of it unless
/// <see cref="Complaint.IdentitySharedWithAgency"/>.
/// <see cref="Language"/> is the language of the form they used: what the complainant is sent is in it.
/// </summary>
public sealed record Complainant(
    FilerRole FiledAs, string? FilerName, string? FilerOrganisation, string WorkerName, string? Phone, string? Email,
    string? PassportNumber, string ProvinceCode, PreferredContact? PreferredContact, string Language = Languages.Khmer);

/// <summary>What happened, as the complainant tells it.</summary>
public sealed record ComplaintAccount(ComplaintCategory Category, string WhatHappened, string? Where, string? When, string? WhatTheyWant);

/// <summary>What the parties agreed in conciliation, and whether the agency kept to it.</summary>
public sealed record Settlement(decimal? RefundUsd, bool DocumentsReturned, bool Repatriation, string Terms);

/// <summary>An officer's proposal that the agency be sanctioned; the sanction itself is decided elsewhere (Prakas 251).</summary>
public sealed record SanctionProposal(string Reason, string SuggestedPenalty, string ProposedBy, DateTimeOffset ProposedAt);
