namespace Licensing.Infrastructure.Documents.Layout;

/// <summary>A row of a document's particulars.</summary>
internal sealed record TableRow(string LabelKm, string LabelEn, params string[] Values)
{
    /// <summary>Drawn larger: the value a reader looks for first, such as the holder's name.</summary>
    public bool Emphasised { get; init; }
}
