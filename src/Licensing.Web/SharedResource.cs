namespace Licensing.Web;

/// <summary>The anchor of the UI's translations (Resources/SharedResource.km.resx; the English text is the key).</summary>
public sealed class SharedResource;
