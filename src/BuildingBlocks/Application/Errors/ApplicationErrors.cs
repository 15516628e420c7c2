namespace Samverkan.BuildingBlocks.Application.Errors;

// Each maps to one problem response status in the Host (ProblemDetailsMapping); the message is shown to the
// caller, so it names what is wrong and never holds personal data.

/// <summary>404: the thing does not exist, or the caller may not know that it exists.</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>403: the caller is known but their organisation, district or role does not allow this.</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>409: the request clashes with the current state (added twice, changed meanwhile).</summary>
public sealed class ConflictException(string message) : Exception(message);
