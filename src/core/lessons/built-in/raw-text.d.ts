// A file imported with `?raw` is its text (Vite's convention, which every host's build follows).
declare module '*?raw' {
  const text: string
  export default text
}
