using System.Net;

namespace Kechuang.Web.Tests.Support;

/// <summary>A browser's session: logs in through the /login form and keeps the cookie, as a foreign page would use it.</summary>
public static class CookieLogin
{
    public static Task<HttpClient> AsAdminWithCookie(this ApiFixture app) => app.WithCookie("admin", ApiFixture.AdminPassword);

    public static async Task<HttpClient> WithCookie(this ApiFixture app, string userName, string password = "Passw0rd-1")
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new Jar(cookies, app.Factory.Server.CreateHandler())) { BaseAddress = new Uri("http://localhost") };
        var page = await client.GetStringAsync("/login");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var login = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
        if (login.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"login form answered {login.StatusCode}");
        }
        return client;
    }

    private sealed class Jar(CookieContainer cookies, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var header = cookies.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0)
            {
                request.Headers.Add("Cookie", header);
            }
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                foreach (var cookie in set)
                {
                    cookies.SetCookies(request.RequestUri!, cookie);
                }
            }
            return response;
        }
    }
}
