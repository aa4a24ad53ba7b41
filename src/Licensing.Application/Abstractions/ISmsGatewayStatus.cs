namespace Licensing.Application.Abstractions;

/// <summary>Whether text messages reach phones: a receipt promises an SMS only when one will arrive.</summary>
public interface ISmsGatewayStatus
{
    bool Delivers { get; }
}
