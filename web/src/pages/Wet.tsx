import { Pagina } from '../components/Pagina.tsx';

export default function Wet() {
  return <Pagina titel="Wat zegt de wet?">{null}</Pagina>;
}
