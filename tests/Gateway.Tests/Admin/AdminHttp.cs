using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Grains.Interfaces.Accounts;
using SanguoOrleans.Grains.Interfaces.Users;

namespace SanguoOrleans.Gateway.Tests.Admin;

/// <summary>Arranging users in the silo and reading the admin API's JSON answers.</summary>
internal static class AdminHttp
{
    public const string Password = "correct horse battery";

    /// <summary>Registers a fresh account (and its user) straight through the grains.</summary>
    public static async Task<(string Account, Guid UserId)> RegisterAsync(GatewayFixture gateway)
    {
        var account = "adm_" + Guid.NewGuid().ToString("N")[..12];
        var registered = await gateway.Grains.GetGrain<IAccountGrain>(AccountNames.Key(account)).RegisterAsync(Password);
        Assert.True(registered.Ok, registered.Refusal?.Message);
        return (account, registered.Value);
    }

    public static async Task<string> ChooseNicknameAsync(GatewayFixture gateway, Guid userId)
    {
        var nickname = "nk" + Guid.NewGuid().ToString("N")[..8];
        var chosen = await gateway.Grains.GetGrain<IUserGrain>(userId).SetNicknameAsync(nickname);
        Assert.True(chosen.Ok, chosen.Refusal?.Message);
        return nickname;
    }

    public static Task<HttpResponseMessage> GrantAsync(HttpClient admin, Guid userId, long amount, string operationId, string currency = "tongqian") =>
        admin.PostAsJsonAsync($"users/{userId}/grant", new { currency, amount, reason = "test grant", operation_id = operationId });

    public static Task<HttpResponseMessage> DeductAsync(HttpClient admin, Guid userId, long amount, string operationId, string currency = "tongqian") =>
        admin.PostAsJsonAsync($"users/{userId}/deduct", new { currency, amount, reason = "test deduction", operation_id = operationId });

    /// <summary>Asserts the status and returns the JSON body.</summary>
    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {status}, got {response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts a refusal: the status and the <c>{ code, message }</c> body.</summary>
    public static async Task ExpectRefusalAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await ExpectAsync(response, status);
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("message").GetString()));
    }

    public static Task ExpectRefusalAsync(HttpResponseMessage response, HttpStatusCode status, RefusalCode code) =>
        ExpectRefusalAsync(response, status, JsonNamingPolicy.SnakeCaseLower.ConvertName(code.ToString()));
}
