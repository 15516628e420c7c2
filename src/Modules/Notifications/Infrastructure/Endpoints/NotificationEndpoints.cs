using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.Notifications.Application.Features.Email;
using Samverkan.Notifications.Application.Features.Inbox;
using Samverkan.Notifications.Application.Features.Overview;
using Samverkan.Notifications.Domain;
using Samverkan.Notifications.Infrastructure.Persistence;

namespace Samverkan.Notifications.Infrastructure.Endpoints;

/// <summary>The inbox of the signed-in user, e-mail addresses, and the managers' deadline overview.</summary>
internal static class NotificationEndpoints
{
    public sealed record EmailAddressRequest([MaxLength(InputBounds.Email)] string Address);

    public static void MapNotificationEndpoints(this RouteGroupBuilder module)
    {
        module.WithTags("Notifications");
        module.MapGet("/", async (IMediator mediator, CancellationToken ct, bool unreadOnly = false, [ValuesOf(typeof(NotificationSorts))][MaxLength(InputBounds.Code)] string? sort = null, [Range(1, InputBounds.MaxPage)] int page = 1, [Range(1, Paging.MaxPageSize)] int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListMyNotifications(unreadOnly, page, pageSize, sort), ct)))
            .WithSummary("Your inbox, newest first: reminders of deadlines you or your organisation answer for, and notices.")
            .WithName("ListMyNotifications");
        module.MapPost("/{notificationId:guid}/read", async Task<NoContent> (Guid notificationId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new MarkNotificationRead(notificationId), ct);
                return TypedResults.NoContent();
            })
            .Idempotent()
            .WithSummary("Marks a notification in your inbox read.")
            .WithName("MarkNotificationRead");
        module.MapPut("/email-address", async Task<NoContent> (EmailAddressRequest request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new SetEmailAddress(request.Address), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Sets the work address your notifications are e-mailed to. If-Match with the ETag the last change answered, or If-None-Match: * the first time.")
            .WithETag(VersionedResource.Aggregate<NotificationsDbContext, MailAddress>(context =>
                MailAddress.ForUser(context.RequestServices.GetRequiredService<ICurrentUser>().UserId)))
            .WithName("SetMyEmailAddress")
            .WithRequestExample(new EmailAddressRequest("sara.socialsekreterare@stockholm.se"));
        module.MapPut("/organisations/{organisationId:guid}/email-address", async Task<NoContent> (Guid organisationId, EmailAddressRequest request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new SetEmailAddress(request.Address, organisationId), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Sets an organisation's functional mailbox, for notifications to the organisation. Administrators only. If-Match or If-None-Match: * as for your own address.")
            .WithETag(VersionedResource.Aggregate<NotificationsDbContext, MailAddress>(context =>
                Guid.TryParse(context.GetRouteValue("organisationId")?.ToString(), out var organisationId) ? MailAddress.ForOrganisation(organisationId) : null))
            .WithName("SetOrganisationEmailAddress")
            .RequiresRoles([Roles.Administrator])
            .WithRequestExample(new EmailAddressRequest("socialtjansten.ostermalm@stockholm.se"));
        module.MapGet("/deadline-overview", async ([MaxLength(InputBounds.Code)] string district, Guid? organisationId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDeadlineOverview(district, organisationId), ct)))
            .WithSummary("A district's deadlines due this week and overdue now, and the share met on time per kind. For managers.")
            .WithName("GetDeadlineOverview")
            .RequiresRoles(GetDeadlineOverviewHandler.ManagerRoles);
        module.MapGet("/deadlines/{deadlineId:guid}", async (Guid deadlineId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTrackedDeadline(deadlineId), ct)))
            .WithSummary("One deadline, for its responsible organisation: what a reminder links to.")
            .WithName("GetTrackedDeadline");
    }
}
