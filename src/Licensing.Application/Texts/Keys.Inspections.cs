namespace Licensing.Application.Texts;

/// <summary>The catalogue keys of the inspections use cases: field names and their messages.</summary>
public static partial class Keys
{
    public const string Agency = "label.agency";
    public const string CorrectiveAction = "label.corrective_action";
    public const string Description = "label.description";
    public const string Inspectors = "label.inspectors";
    public const string Items = "label.items";
}
