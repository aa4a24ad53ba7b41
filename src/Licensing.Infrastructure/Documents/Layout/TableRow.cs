namespace Licensing.Infrastructure.Documents.Layout;

/// <summary>A row of a document's particulars: the catalogue key of its label, and its value in one or both scripts.</summary>
internal sealed record TableRow(string LabelKey, params string[] Values)
{
    /// <summary>Drawn larger: the value a reader looks for first, such as the holder's name.</summary>
    public bool Emphasised { get; init; }
}
