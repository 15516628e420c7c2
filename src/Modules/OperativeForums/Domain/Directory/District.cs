using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.OperativeForums.Domain.Directory;

/// <summary>
/// A district (stadsdel) with its own social services. Identified by a short code that stays the same when
/// the name changes, so other modules' copies and tokens' district claims keep pointing at it.
/// </summary>
public sealed class District : AggregateRoot
{
    private District()
    {
    }

    public District(string code, string name)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 50 || code.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
        {
            throw new BusinessRuleViolationException("District code", "A district code is 1-50 lower-case letters a-z, digits or hyphens.");
        }

        Code = code;
        Name = name;
    }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;
}
