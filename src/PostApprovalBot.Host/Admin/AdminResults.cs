using PostApprovalBot.Core.Outcomes;

namespace PostApprovalBot.Host.Admin;

/// <summary>Turns the core's answers into HTTP: refusals become problem details with the core's message.</summary>
public static class AdminResults
{
    public static IResult From<T>(Result<T> result, Func<T, object>? shape = null) => result.Succeeded
        ? Results.Ok(shape is null ? result.Value : shape(result.Value))
        : Refused(result.Refusal!);

    public static IResult Refused(Refusal refusal) => Results.Problem(
        title: refusal.Code.ToString(),
        detail: refusal.Message,
        statusCode: refusal.Code switch
        {
            RefusalCode.NotAnAdmin => StatusCodes.Status403Forbidden,
            RefusalCode.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        });

    public static IResult Invalid(string detail) => Results.Problem(title: "InvalidInput", detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
