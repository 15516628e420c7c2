using System.Buffers.Text;
using System.Security.Cryptography;

namespace Samverkan.OperativeForums.Application.Features.Calendar;

/// <summary>
/// The secret in a calendar feed's address: 256 random bits, URL-safe. Stored only as its SHA-256 hash; a
/// slow password hash is not needed for a random secret this long.
/// </summary>
internal static class CalendarFeedToken
{
    private const int Bytes = 32;

    public static (string Token, byte[] Hash) New()
    {
        var secret = RandomNumberGenerator.GetBytes(Bytes);
        return (Base64Url.EncodeToString(secret), SHA256.HashData(secret));
    }

    /// <returns>The hash to look the token up by, or null for anything that is not a token of ours.</returns>
    public static byte[]? HashOf(string token) =>
        Base64Url.IsValid(token, out var decodedLength) && decodedLength == Bytes
            ? SHA256.HashData(Base64Url.DecodeFromChars(token))
            : null;
}
