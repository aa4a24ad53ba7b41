using System.Security.Cryptography;
using System.Text;

namespace Licensing.Infrastructure.Notifications;

/// <summary>
/// The signature a receiver checks: HMAC-SHA256, keyed with the body's shared secret, over
/// "{delivery id}.{unix timestamp}.{body}", sent hex-encoded as "sha256=…". Signing the id and
/// timestamp with the body lets a receiver refuse replays and deduplicate retries.
/// </summary>
public static class WebhookSignature
{
    public const string DeliveryHeader = "Licensing-Delivery-Id";
    public const string TimestampHeader = "Licensing-Timestamp";
    public const string SignatureHeader = "Licensing-Signature";

    public static string Sign(string secret, string deliveryId, long timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{deliveryId}.{timestamp}.{body}"));
        return "sha256=" + Convert.ToHexStringLower(mac);
    }

    public static bool Verify(string secret, string deliveryId, long timestamp, string body, string signature) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, deliveryId, timestamp, body)), Encoding.ASCII.GetBytes(signature));
}
