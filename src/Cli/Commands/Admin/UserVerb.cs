using System.CommandLine;

namespace SanguoOrleans.Cli.Commands.Admin;

/// <summary><c>sanguo admin user</c>: a user's profile, balances and whether online, found by id, account name or nickname.</summary>
internal static class UserVerb
{
    public static Command Create()
    {
        var user = new Option<Guid?>("--user") { Description = "The user id." };
        var account = new Option<string?>("--account") { Description = "The account name." };
        var nickname = new Option<string?>("--nickname") { Description = "The nickname." };
        var command = new Command("user", "Looks a user up by exactly one of --user, --account, --nickname.") { user, account, nickname };
        AdminCommand.Send(command, parse => (parse.GetValue(user), parse.GetValue(account), parse.GetValue(nickname)) switch
        {
            ({ } id, null, null) => new AdminRequest(HttpMethod.Get, $"users/{id}"),
            (null, { } name, null) => new AdminRequest(HttpMethod.Get, "users?account=" + Uri.EscapeDataString(name)),
            (null, null, { } nick) => new AdminRequest(HttpMethod.Get, "users?nickname=" + Uri.EscapeDataString(nick)),
            _ => AdminRequest.Rejected("Give exactly one of --user, --account, --nickname."),
        });
        return command;
    }
}
