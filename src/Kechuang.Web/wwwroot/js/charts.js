// Thin bridge from Blazor to Apache ECharts: a component passes an option object and the element id.
window.kechuangCharts = {
    render: function (id, option) {
        var element = document.getElementById(id);
        if (!element || !window.echarts) {
            return;
        }
        var chart = echarts.getInstanceByDom(element) || echarts.init(element);
        chart.setOption(option, true);
        if (!element.dataset.resizes) {
            element.dataset.resizes = "1";
            window.addEventListener("resize", function () { chart.resize(); });
        }
    },
    dispose: function (id) {
        var element = document.getElementById(id);
        var chart = element && window.echarts ? echarts.getInstanceByDom(element) : null;
        if (chart) {
            chart.dispose();
        }
    }
};
