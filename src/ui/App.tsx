export function App() {
  return (
    <main>
      <h1>kubeadm network wizard</h1>
      <p>Plan IPv4/IPv6 dual-stack networking for a kubeadm cluster.</p>
    </main>
  );
}
