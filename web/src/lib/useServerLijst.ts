// Search, sort and page of a list the server pages, kept in the address: a link, a reload or Back
// returns to the same page of the same list.
import { useSearchParams } from 'react-router';
import { paginaUit } from '../components/Bladeren.tsx';
import { queryString } from './api.ts';
import { useApi } from './useApi.ts';

export const PAGINAGROOTTE = 25;

/**
 * @param api the list's path in the API; @param hier the page's own path in the UI.
 */
export function useServerLijst<T>(api: string, hier: string, standaardSort = 'naam') {
  const [adres, setAdres] = useSearchParams();
  const naam = adres.get('zoek') ?? '';
  const sort = adres.get('sort') ?? standaardSort;
  const page = paginaUit(adres);
  const eigenSort = sort === standaardSort ? null : sort;
  const lijst = useApi<T>(`${api}${queryString({ zoek: naam, sort, page, pageSize: PAGINAGROOTTE })}`);
  return {
    ...lijst,
    naam,
    sort,
    naarPagina: (p: number) => `${hier}${queryString({ zoek: naam, sort: eigenSort, page: p > 1 ? p : null })}`,
    naarSortering: (s: string) => `${hier}${queryString({ zoek: naam, sort: s === standaardSort ? null : s })}`,
    // A new search starts at the first page.
    zoekOp: (z: string) => {
      const nieuw = new URLSearchParams(adres);
      if (z) nieuw.set('zoek', z);
      else nieuw.delete('zoek');
      nieuw.delete('page');
      setAdres(nieuw);
    },
  };
}
