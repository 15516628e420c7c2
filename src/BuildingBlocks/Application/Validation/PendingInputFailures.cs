namespace Samverkan.BuildingBlocks.Application.Validation;

/// <summary>
/// Failures the API's input-bounds filter found in a request, handed to the validation behaviour of the command
/// the endpoint sends, so that one 400 lists them together with the command validator's own failures.
/// </summary>
public static class PendingInputFailures
{
    private static readonly AsyncLocal<List<(string Path, string Message)>?> Current = new();

    public static void Set(List<(string Path, string Message)> failures) => Current.Value = failures;

    /// <summary>The failures not yet reported, which are then no longer pending; null when no filter inspected this request.</summary>
    public static List<(string Path, string Message)>? Take()
    {
        var failures = Current.Value;
        Current.Value = null;
        return failures;
    }
}
