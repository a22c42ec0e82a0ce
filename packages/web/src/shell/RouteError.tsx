/** What a person sees when a page fails to load (a chunk missing after an update, a rendering error). */
import { Button, Result } from 'antd';
import { useRouteError } from 'react-router';

export function RouteError() {
  const error = useRouteError();
  console.error(error);
  return (
    <Result
      status="error"
      title="页面加载失败"
      subTitle="可能是系统刚刚更新，或网络中断：请刷新页面重试。已填写的备案信息保存在本机，不会丢失。"
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          刷新页面
        </Button>
      }
    />
  );
}
