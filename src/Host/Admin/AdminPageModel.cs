using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.Host.Admin;

/// <summary>
/// A console page that runs the module's own commands, so the console obeys exactly the rules the API does.
/// A broken rule or invalid input becomes a message next to the field it concerns (ModelState), never an
/// error page.
/// </summary>
public abstract class AdminPageModel(IMediator mediator) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    protected IMediator Mediator => mediator;

    /// <summary>
    /// Sends a command; on failure records the messages under <paramref name="prefix"/>.Field (validation) or
    /// under <paramref name="ruleField"/> (broken rule, conflict, unknown thing) and returns false.
    /// </summary>
    protected async Task<(bool Ok, T? Result)> TrySendAsync<T>(IRequest<T> request, string prefix, string ruleField)
    {
        try
        {
            return (true, await mediator.Send(request, HttpContext.RequestAborted));
        }
        catch (ValidationException validation)
        {
            foreach (var error in validation.Errors)
            {
                ModelState.AddModelError($"{prefix}.{error.PropertyName}", AdminTexts.Validation(error.ErrorCode, error.ErrorMessage));
            }
        }
        catch (BusinessRuleViolationException rule)
        {
            ModelState.AddModelError($"{prefix}.{ruleField}", AdminTexts.Rule(rule.Rule, rule.Message));
        }
        catch (ConflictException conflict)
        {
            ModelState.AddModelError($"{prefix}.{ruleField}", $"Finns redan. ({conflict.Message})");
        }
        catch (Exception exception) when (exception is NotFoundException or ForbiddenException)
        {
            ModelState.AddModelError($"{prefix}.{ruleField}", $"Går inte: {exception.Message}");
        }

        return (false, default);
    }
}
