using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace Samverkan.Host.Errors;

/// <summary>
/// The framework's own 400s (unreadable JSON, a value of the wrong type, a missing body, a query value that is
/// not a number or a date) as a validation problem that names the field in the API's terms: the JSON path of
/// System.Text.Json's JsonException (e.g. <c>entries[0].present</c>), or the query or route parameter's name;
/// never the C# type and parameter name of the handler ("Failed to read parameter ...").
/// </summary>
internal static partial class UnreadableRequest
{
    public static HttpValidationProblemDetails Problem(BadHttpRequestException exception)
    {
        var (field, message) = Describe(exception);
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = exception.StatusCode,
            Title = "The request could not be read",
            Detail = "See errors: each names a field and what is wrong with it.",
        };
    }

    private static (string Field, string Message) Describe(BadHttpRequestException exception)
    {
        if (FindJsonException(exception) is { } json)
        {
            var path = JsonPath(json.Path);
            return path.Length == 0
                ? ("body", "The body is not valid JSON.")
                : (path, "Not a value of the expected type here (text, number, true/false, a date as yyyy-MM-dd, an id).");
        }

        var parameter = ParameterName().Match(exception.Message);
        var isBody = exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase) || exception.Message.Contains("JSON", StringComparison.Ordinal);
        if (isBody || !parameter.Success)
        {
            return ("body", exception.StatusCode == StatusCodes.Status415UnsupportedMediaType
                ? "Send the body as JSON (Content-Type: application/json)."
                : "A JSON body is required.");
        }

        var name = parameter.Groups["name"].Value;
        return exception.Message.StartsWith("Required", StringComparison.Ordinal)
            ? (name, "This value is required.")
            : (name, "Not a valid value here (a number, a date as yyyy-MM-dd, an id or true/false).");
    }

    private static JsonException? FindJsonException(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is JsonException json)
            {
                return json;
            }
        }

        return null;
    }

    /// <summary>"$.items[0].notes" becomes "items[0].notes"; "$" (the whole body) becomes "".</summary>
    private static string JsonPath(string? path) =>
        path is null or "$" ? string.Empty : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    // The framework's messages read: Failed to bind parameter "DateOnly from" from "x". / Required parameter "int page" was not provided ...
    [GeneratedRegex("parameter \"(?<type>[^\" ]+) (?<name>[^\"]+)\"", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex ParameterName();
}
