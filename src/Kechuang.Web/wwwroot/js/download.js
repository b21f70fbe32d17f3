// Downloads a file with the page's cookies; returns null when saved, else the server's message (ProblemDetails detail).
window.kechuangDownload = {
    fetch: async function (url) {
        var response;
        try {
            response = await fetch(url, { credentials: "same-origin" });
        } catch (e) {
            return "下载失败：无法连接服务器";
        }
        if (!response.ok) {
            var problem = null;
            try { problem = await response.json(); } catch (e) { }
            return (problem && (problem.detail || problem.title)) || ("下载失败（" + response.status + "）");
        }
        var blob = await response.blob();
        var link = document.createElement("a");
        link.href = URL.createObjectURL(blob);
        link.download = window.kechuangDownload.fileName(response.headers.get("Content-Disposition")) || "工作总结";
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
        return null;
    },
    fileName: function (disposition) {
        if (!disposition) {
            return null;
        }
        var star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
        if (star) {
            return decodeURIComponent(star[1]);
        }
        var plain = /filename="?([^";]+)"?/i.exec(disposition);
        return plain ? plain[1] : null;
    }
};
