using System.Text;
using System.Text.RegularExpressions;

namespace Samverkan.IntegrationTests.Infrastructure;

/// <summary>
/// A received single-part mail, its encodings undone: enough of RFC 2045/2047 for what the framework's SMTP
/// client writes (base64 or quoted-printable bodies, base64 encoded-word subjects).
/// </summary>
public sealed partial record ReceivedMail(string From, string To, string Subject, string Body, string Raw)
{
    public static ReceivedMail Parse(string raw)
    {
        var split = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", 2);
        var headers = UnfoldedHeaders(split[0]);
        var body = split.Length > 1 ? split[1] : string.Empty;
        body = headers.GetValueOrDefault("content-transfer-encoding")?.ToUpperInvariant() switch
        {
            "BASE64" => Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\n", string.Empty, StringComparison.Ordinal))),
            "QUOTED-PRINTABLE" => QuotedPrintable(body),
            _ => body,
        };
        return new ReceivedMail(
            headers.GetValueOrDefault("from", string.Empty),
            headers.GetValueOrDefault("to", string.Empty),
            EncodedWords().Replace(headers.GetValueOrDefault("subject", string.Empty), m => Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[1].Value))),
            body,
            raw);
    }

    private static Dictionary<string, string> UnfoldedHeaders(string block) =>
        block.Replace("\n ", " ", StringComparison.Ordinal).Replace("\n\t", " ", StringComparison.Ordinal)
            .Split('\n')
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim().ToLowerInvariant())
            .ToDictionary(group => group.Key, group => group.First()[1].Trim());

    private static string QuotedPrintable(string text)
    {
        var joined = text.Replace("=\n", string.Empty, StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length)
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    [GeneratedRegex(@"=\?utf-8\?B\?([^?]*)\?=\s*", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWords();
}
